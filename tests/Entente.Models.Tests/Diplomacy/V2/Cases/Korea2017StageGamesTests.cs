using Entente.Domain.Diplomacy;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Commitments;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Cases;

/// <summary>W15a-b: autumn 2017, the same claim read by different observers (P14), and conditional reassurance.</summary>
public sealed class Korea2017StageGamesTests
{
    private static double Loss(double r, double ideal, double from, double to) => Stakes.Loss(r, ideal, from, to, 100);

    private static readonly double[] PresidentResolve = [0.4, 0.6, 0.8, 1.0];
    private static readonly double[] Q = [0.0, 0.5, 1.0];

    // (a) The President's public threat: ask nk_icbm ≤ 20 (the North's ideal 90); action: contest.
    private static StageGameSolution ThreatReadBy(double[] qPrior, double perceivedCapacity)
    {
        var joint = new JointGrid([TypeGrid.Uniform(PresidentResolve), TypeGrid.Of(Q, qPrior)]);
        var senders = Enumerable.Range(0, joint.Count)
            .Select(t => new ClaimSender(joint.Weights[t], -Loss(joint.ValueOf(t, 0), 0, 90, 20), 1.0, joint.ValueOf(t, 1)))
            .ToArray();
        var receivers = new[] { 0.7, 0.9 }.Select(r =>
        {
            var l = Loss(r, 90, 90, 20);
            return new ClaimReceiver(0.5, l, 0.9 * l + 0.6); // contest: Δ_R = p·L_R + κ_R
        }).ToArray();
        var terms = new ClaimTerms { Success = 0.9, HonourScale = 0.3, AudienceCost = ChannelCosts.Default.ContradictionCost(Channel.Public, perceivedCapacity) };
        return StageGameSolver.Solve(ThreatClaim.Game(senders, receivers, terms));
    }

    [Fact]
    public void W15a_beijing_which_sees_no_audience_cost_reads_the_threat_as_babble()
    {
        var s = ThreatReadBy([0.6, 0.3, 0.1], 0.0);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0, s.ClaimCredibility);
    }

    [Fact]
    public void W15a_the_same_threat_is_credible_to_an_observer_who_sees_the_audience_cost()
    {
        var beijingIfAccountable = ThreatReadBy([0.6, 0.3, 0.1], 0.4);
        var congress = ThreatReadBy([0.2, 0.5, 0.3], 0.4);

        Assert.Equal(EquilibriumKind.Pure, beijingIfAccountable.Kind);
        Near.Equal(0.5, beijingIfAccountable.ClaimCredibility);
        Assert.Equal(EquilibriumKind.Mixed, congress.Kind);
        Near.Equal(0.539845758355, congress.ClaimCredibility);
    }

    // (b) Reassurance: missile defence md = z(v) = 20 + 0.8v falls as the North's threat v falls, promised
    // to China for cn_pressure ≥ 70; anticipated v̂ = 50, so z = 60.
    private static readonly JointGrid BeijingOnUs = new([TypeGrid.Of(Q, [0.6, 0.3, 0.1]), TypeGrid.Of([0.3, 0.8], [0.5, 0.5])]);

    private static double CostOfScalingBack(int type) => Loss(BeijingOnUs.ValueOf(type, 1), 100, 100, 60);

    private static StageGameSolution Reassurance(Channel channel)
    {
        var senders = Enumerable.Range(0, BeijingOnUs.Count)
            .Select(t => new ClaimSender(BeijingOnUs.Weights[t], -Loss(0.3, 100, 40, 70), CostOfScalingBack(t), BeijingOnUs.ValueOf(t, 0)))
            .ToArray();
        ClaimReceiver[] china = [new(1.0, Loss(0.5, 40, 40, 70), -Loss(0.7, 0, 100, 60))];
        var terms = new ClaimTerms { HonourScale = 0.5, AudienceCost = ChannelCosts.Default.ContradictionCost(channel, 0.3) };
        return StageGameSolver.Solve(PromiseClaim.Game(senders, china, terms));
    }

    private static double MeanQ(IReadOnlyList<double> joint) => BeijingOnUs.Project(joint)[0].Mean;

    [Fact]
    public void W15b_the_private_reassurance_is_babble()
    {
        var s = Reassurance(Channel.Private);
        Assert.Equal(EquilibriumKind.Babbling, s.Kind);
        Near.Equal(0.25, s.ClaimCredibility);
    }

    [Fact]
    public void W15b_the_joint_public_reassurance_is_credible()
    {
        var s = Reassurance(Channel.Joint);
        Near.Equal(1, s.ClaimCredibility);
        Near.Equal(0.625, MeanQ(s.PosteriorClaim));
    }

    [Fact]
    public void W15b_an_honoured_first_step_teaches_beijing_that_washington_reciprocates()
    {
        var rule = Enumerable.Range(0, BeijingOnUs.Count)
            .Select(t => HonourRule.Honours(HonourRule.PromiseValue(BeijingOnUs.ValueOf(t, 0), 0.5, 0, 0), CostOfScalingBack(t)))
            .ToArray();
        var (posterior, _) = Probability.Update(BeijingOnUs.Weights, [.. rule.Select(Probability.TrembleLikelihood)]);

        Near.Equal(0.682352941176, MeanQ(posterior));
        Near.Equal(0.970588235294, ReputationStake.Credibility(posterior, rule));
    }
}
