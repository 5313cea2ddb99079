using Entente.Models.Spatial;

namespace Entente.Models.Tests.Spatial;

/// <summary>KTAB's voting rules, victory probabilities and PCE, on hand-checkable values.</summary>
public sealed class VotingTests
{
    [Theory]
    [InlineData(VotingRule.Prop, 0.3, 0.6)]
    [InlineData(VotingRule.Binary, 0.3, 2.0)]
    [InlineData(VotingRule.PropBin, 0.3, 2 * (0.8 * 0.3 + 0.2))]
    [InlineData(VotingRule.PropCbc, 0.3, 2 * (0.5 * 0.3 + 0.5 * 0.027))]
    [InlineData(VotingRule.Cubic, 0.3, 2 * 0.027)]
    [InlineData(VotingRule.ASymProsp, 0.3, 2 * 0.2)]
    [InlineData(VotingRule.ASymProsp, -0.3, -0.6)]
    public void A_vote_is_the_weight_times_the_rule_s_response(VotingRule rule, double du, double expected)
    {
        Assert.Equal(expected, Voting.Vote(rule, 2.0, 0.5 + du, 0.5), 12);
    }

    [Theory]
    [InlineData(VictoryModel.Linear, 2.0, 1.0, 2.0 / 3)]
    [InlineData(VictoryModel.Square, 2.0, 1.0, 0.8)]
    [InlineData(VictoryModel.Quartic, 2.0, 1.0, 16.0 / 17)]
    [InlineData(VictoryModel.Binary, 1.1, 1.0, 1 / (1 + 1e-6))]
    [InlineData(VictoryModel.Binary, 1.0, 1.0, 0.5)]
    public void Victory_probability_follows_the_power_law(VictoryModel model, double c1, double c2, double expected)
    {
        Assert.Equal(expected, Voting.VictoryProbability(model, c1, c2), 12);
    }

    [Fact]
    public void Conditional_PCE_is_the_normalised_product_of_victory_probabilities()
    {
        // Option 0 beats 1 with 0.8 and 2 with 0.6; 1 beats 2 with 0.5.
        double[] v = [0.5, 0.8, 0.6, 0.2, 0.5, 0.5, 0.4, 0.5, 0.5];
        var p = CoalitionEquilibrium.Conditional(v, 3);
        var raw = new[] { 0.5 * 0.8 * 0.6, 0.2 * 0.5 * 0.5, 0.4 * 0.5 * 0.5 };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(raw[i] / raw.Sum(), p[i], 12);
        }
        Assert.Equal(1.0, CoalitionEquilibrium.MarkovUniform(v, 3).Sum(), 5);
    }

    [Fact]
    public void S2P2_interpolation_reproduces_the_log_s_first_bargain()
    {
        // KTAB's log: actor 0 (p = 0.7643) and actor 6 on dimension 1 meet at 24.78 and 24.79.
        var (bi, bj) = BargainInterpolation.Powers(2, 2, 0.0637, 0.0591, 0.7643, 0.3346, 0.2793, 1 - 0.7643);
        Assert.Equal(0.2478, bi, 0.00011);
        Assert.Equal(0.2479, bj, 0.00011);
    }
}
