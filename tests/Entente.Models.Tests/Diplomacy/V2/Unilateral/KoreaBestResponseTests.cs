using Entente.Models.Diplomacy.Unilateral;

namespace Entente.Models.Tests.Diplomacy.V2.Unilateral;

/// <summary>Best responses of the Korea chains (W14b, W14c, W15c) on the grid 0, 1, …, 100.</summary>
public sealed class KoreaBestResponseTests
{
    private const double Range = 100;
    private static readonly UnilateralGrid Grid = new(0, Range);

    /// <summary>
    /// W14c: the DPRK on nk_strike, W(x) = −r·dist(x, 70) − λ·ŝ·dist(x, 0) − P·0.48·1[x &gt; 20] with
    /// λ = 0.5·pressure/100; (P, ŝ) = (0.25, 0.5) without the envoy, (0.5, 0.7) after it. China presses
    /// 30 without the leak, 60 with it; the DPRK starts at 0.
    /// </summary>
    [Theory]
    [InlineData(false, 30, new double[] { 70, 70, 70 })]
    [InlineData(false, 60, new double[] { 70, 70, 70 })]
    [InlineData(true, 30, new double[] { 20, 70, 70 })]
    [InlineData(true, 60, new double[] { 20, 20, 70 })]
    public void Only_the_envoys_credible_threat_restrains_the_North_and_pressure_restrains_a_further_type(
        bool envoy, double pressure, double[] strikeByResolve)
    {
        var (cutProbability, resolveOfChina) = envoy ? (0.5, 0.7) : (0.25, 0.5);
        var leverage = 0.5 * pressure / Range;
        double[] resolves = [0.4, 0.6, 0.8];

        var strikes = resolves.Select(r => BestResponse.OnGrid(Grid, 0,
        [
            WelfareTerms.OwnStake(r, 70, Range),
            WelfareTerms.Leverage(leverage, resolveOfChina, 0, Range),
            WelfareTerms.Commitment(cutProbability, -0.48, x => x > 20),
        ]).Position).ToArray();

        Assert.Equal(strikeByResolve, strikes);
    }

    [Fact]
    public void W14b_China_keeps_its_pressure_only_once_the_leak_makes_the_reward_credible()
    {
        static GridChoice Press(double reward) => BestResponse.OnGrid(Grid, 60,
        [
            WelfareTerms.OwnStake(0.5, 30, Range),
            WelfareTerms.Commitment(reward, 0.27, x => x >= 60),
        ]);

        Assert.Equal(30, Press(0.5).Position);
        var leak = Press(1);
        Assert.Equal(60, leak.Position);
        Worked.Near(0.12, leak.Value);
    }

    /// <summary>
    /// W15c: China's cn_pressure in rounds 1…6 from W(x) = −0.5·dist(x, 40) + P·0.28·1[x ≥ 70]
    /// − 0.2·0.7^(6−t)·1[x &lt; 70], starting at 40.
    /// </summary>
    [Theory]
    [InlineData(0.25, true, new double[] { 40, 40, 40, 70, 70, 70 })]
    [InlineData(0.25, false, new double[] { 40, 40, 40, 40, 40, 40 })]
    [InlineData(33 / 34.0, true, new double[] { 70, 70, 70, 70, 70, 70 })]
    [InlineData(33 / 34.0, false, new double[] { 70, 70, 70, 70, 70, 70 })]
    [InlineData(1, true, new double[] { 70, 70, 70, 70, 70, 70 })]
    [InlineData(1, false, new double[] { 70, 70, 70, 70, 70, 70 })]
    public void The_visit_pulls_Chinas_pressure_up_as_it_nears_and_credible_reassurance_from_the_start(
        double reward, bool visit, double[] pressureByRound)
    {
        var pressures = Enumerable.Range(1, 6).Select(t =>
        {
            List<Func<double, double>> terms =
            [
                WelfareTerms.OwnStake(0.5, 40, Range),
                WelfareTerms.Commitment(reward, 0.28, x => x >= 70),
            ];
            if (visit)
            {
                terms.Add(WelfareTerms.Item(0.2, 0.7, deadline: 6, round: t, violates: x => x < 70));
            }
            return BestResponse.OnGrid(Grid, 40, terms).Position;
        }).ToArray();

        Assert.Equal(pressureByRound, pressures);
    }
}
