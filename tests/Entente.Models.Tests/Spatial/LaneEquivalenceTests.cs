using Entente.Models.Spatial;

namespace Entente.Models.Tests.Spatial;

/// <summary>
/// The vector paths of a turn (eight lanes per pass) against KTAB's scalar order, bit for bit: the
/// reference histories only cover 7 and 13 actors, so these check sizes with several blocks and a tail,
/// under every voting rule and third-party commitment.
/// </summary>
public sealed class LaneEquivalenceTests
{
    private const int Actors = 45;
    private const int Dimensions = 2;

    public static TheoryData<VotingRule, ThirdPartyCommit> Rules()
    {
        var data = new TheoryData<VotingRule, ThirdPartyCommit>();
        foreach (var rule in Enum.GetValues<VotingRule>())
        {
            foreach (var commit in Enum.GetValues<ThirdPartyCommit>())
            {
                data.Add(rule, commit);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_target_sweep_equals_one_challenge_at_a_time(VotingRule rule, ThirdPartyCommit commit)
    {
        var options = new SpatialOptions { VotingRule = rule, ThirdPartyCommit = commit };
        var (actors, state) = RandomSpace(7);
        var analysis = TurnAnalysis.Of(state, actors, options);
        var evaluator = new ChallengeEvaluator(actors, analysis, options);
        var risk = new double[Actors];
        var utilityOfI = new double[Actors];
        var utilityOfOwn = new double[Actors];
        var probabilities = new double[Actors];
        var gains = new double[Actors];
        foreach (var i in new[] { 0, 9, 40, 44 })
        {
            evaluator.Prepare(i, i, risk, utilityOfI, utilityOfOwn);
            evaluator.EvaluateTargets(i, risk, utilityOfI, utilityOfOwn, probabilities, gains);
            for (var j = 0; j < Actors; j++)
            {
                if (j != i)
                {
                    var one = evaluator.Evaluate(i, i, j, risk, utilityOfI, utilityOfOwn);
                    Assert.Equal(one.Probability, probabilities[j]);
                    Assert.Equal(one.Gain, gains[j]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Coalition_strengths_equal_the_scalar_sums_in_voter_order(VotingRule rule, ThirdPartyCommit commit)
    {
        _ = commit;
        var random = new Random(11);
        const int options = 21;
        var utilities = Enumerable.Range(0, options * Actors).Select(_ => random.NextDouble()).ToArray();
        var weights = Enumerable.Range(0, Actors).Select(_ => random.NextDouble() * 100).ToArray();

        var c = CoalitionStrengths.Of(utilities, weights, options, rule);
        var scalarI = new double[options];
        var scalarJ = new double[options];

        for (var i = 0; i < options; i++)
        {
            CoalitionStrengths.ScalarRow(i, utilities, weights, rule, scalarI, scalarJ);
            for (var j = 0; j < i; j++)
            {
                double cij = Voting.MinCoalition, cji = Voting.MinCoalition;
                for (var k = 0; k < Actors; k++)
                {
                    var v = Voting.Vote(rule, weights[k], utilities[i * Actors + k], utilities[j * Actors + k]);
                    if (v > 0)
                    {
                        cij += v;
                    }
                    else if (v < 0)
                    {
                        cji -= v;
                    }
                }
                Assert.Equal(cij, c[i * options + j]);
                Assert.Equal(cji, c[j * options + i]);
                Assert.Equal(cij, scalarI[j]);
                Assert.Equal(cji, scalarJ[j]);
            }
            Assert.Equal(Voting.MinCoalition, c[i * options + i]);
        }
    }

    [Fact]
    public void State_utilities_equal_each_actors_sum_in_position_order()
    {
        var options = new SpatialOptions();
        var (actors, state) = RandomSpace(5);
        var analysis = TurnAnalysis.Of(state, actors, options);
        var bargain = new ProposedBargain(3, 17, [0.25, 0.5], [0.75, 0.125]);

        var row = StateUtilities.After(actors, analysis, bargain);

        for (var a = 0; a < Actors; a++)
        {
            var ideal = state.Position(a);
            double sum = 0;
            sum += SpatialActors.Utility(actors.Distance(a, ideal, bargain.InitiatorPosition), analysis.Risk[a]);
            sum += SpatialActors.Utility(actors.Distance(a, ideal, bargain.ReceiverPosition), analysis.Risk[a]);
            for (var x = 0; x < Actors; x++)
            {
                if (x != bargain.Initiator && x != bargain.Receiver)
                {
                    sum += analysis.OwnUtilities[a * Actors + x];
                }
            }
            Assert.Equal(sum / Actors, row[a]);
        }
    }

    private static (SpatialActors, SpatialState) RandomSpace(int seed)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, Actors).Select(a => $"A{a}").ToArray();
        var capabilities = names.Select(_ => 10 + random.NextDouble() * 90).ToArray();
        var saliences = Enumerable.Range(0, Actors * Dimensions).Select(_ => random.NextDouble()).ToArray();
        // Some actors share a position, as they come to during a run.
        var positions = Enumerable.Range(0, Actors * Dimensions).Select(_ => Math.Round(random.NextDouble() * 8) / 8).ToArray();
        return (new SpatialActors(names, capabilities, saliences, Dimensions), new SpatialState(0, positions, Dimensions));
    }
}
