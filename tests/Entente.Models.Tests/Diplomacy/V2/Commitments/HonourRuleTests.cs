using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Commitments;

namespace Entente.Models.Tests.Diplomacy.V2.Commitments;

/// <summary>W10: the US promise to scale back missile defence as the North's threat recedes, md = z(v) = 20 + 0.8v.</summary>
public sealed class HonourRuleTests
{
    private static readonly double[] Q = [0.0, 0.5, 1.0];
    private static readonly double[] ChinaPrior = [0.5, 0.3, 0.2];
    private const double W = 0.5;

    private static double Z(double v) => 20 + 0.8 * Math.Clamp(v, 0, 100);

    private static readonly double FullCost = Stakes.Loss(0.375, 100, 100, 20, 100);

    private static bool[] LevelZero() => [.. Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, W, 0, 0), FullCost))];

    private static double Stake() => ReputationStake.Of(0.3, [new ReputationObserver(1.0, ChinaPrior, Q, LevelZero())]);

    [Fact]
    public void W10_without_reputation_only_the_fully_reciprocal_type_honours()
    {
        Near.Equal(0.3, FullCost);
        Assert.Equal([false, false, true], LevelZero());
        Near.Equal(0.2, ReputationStake.Credibility(ChinaPrior, LevelZero()));
    }

    [Fact]
    public void W10_the_reputation_stake_lets_the_half_reciprocal_type_honour()
    {
        var rs = Stake();
        var honours = Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, W, 0, rs), FullCost)).ToArray();

        Near.Equal(0.233670000734, rs);
        Assert.Equal([false, true, true], honours);
        Near.Equal(0.5, ReputationStake.Credibility(ChinaPrior, honours));

        var (after, _) = Probability.Update(ChinaPrior, [.. honours.Select(Probability.TrembleLikelihood)]);
        Near.Equal([0.01, 0.594, 0.396], after);
        Near.Equal(0.693, Probability.Mean(Q, after));
    }

    [Fact]
    public void W10_a_graduated_step_is_decided_as_the_whole_schedule_would_be()
    {
        var rs = Stake();
        var step = HonourRule.StepFraction(Z(100), Z(50), Z(0), Z(100));
        var stepCost = Stakes.Loss(0.375, 100, 100, Z(50), 100);
        Near.Equal(60, Z(50));
        Near.Equal(0.5, step);
        Near.Equal(0.15, stepCost);
        Assert.Equal([false, true, true], Q.Select(q => HonourRule.Honours(HonourRule.PromiseValue(q, W, 0, rs), stepCost, step)));
    }

    [Fact]
    public void A_flat_schedule_or_a_single_level_counts_as_a_whole_step()
    {
        Assert.Equal(1.0, HonourRule.StepFraction(40, 40, 40, 40));
    }

    [Fact]
    public void Reputation_stake_is_never_negative_and_vanishes_without_weight()
    {
        Assert.True(Stake() >= 0);
        Assert.Equal(0.0, ReputationStake.Of(0.0, [new ReputationObserver(1.0, ChinaPrior, Q, LevelZero())]));
        Assert.Equal(0.0, ReputationStake.Of(0.3, []));
    }
}
