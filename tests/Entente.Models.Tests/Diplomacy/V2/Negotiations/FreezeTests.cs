using Entente.Models.Diplomacy.Negotiations;

namespace Entente.Models.Tests.Diplomacy.V2.Negotiations;

/// <summary>
/// W15d, the freeze: sides {DPRK} vs {US, ROK, JPN, China}, c = (0.3, 1, 0.4, 0.5, 0.9), DPRK ideal =
/// position 0, r = 0.8, g = 0.03, h = 0.01 + 0.05·pressure/100; the others h = 0.01, g = 0; no deadline,
/// horizon 20, round 1. Pyongyang's beliefs on r: US, JPN (0.6, 0.9); ROK (0.3, 0.6); China (0.2, 0.5),
/// ½ each; A = 0.3 except China 0.05 (reference <c>nk_freeze</c>).
/// </summary>
public sealed class FreezeTests
{
    private const int Dprk = 0;
    private const int Round = 1;
    private static readonly double[] Capabilities = [0.3, 1.0, 0.4, 0.5, 0.9];
    private static readonly int[] Sides = [0, 1, 1, 1, 1];
    private static readonly double[][] ResolveGrids = [[], [0.6, 0.9], [0.3, 0.6], [0.6, 0.9], [0.2, 0.5]];
    private static readonly double[] AudienceCapacity = [0, 0.3, 0.3, 0.3, 0.05];
    private static readonly double[] Even = [0.5, 0.5];
    private static readonly HoldingCosts Others = HoldingCosts.WithoutDeadline(horizon: 20, delayCost: 0.01, delayBenefit: 0);

    [Fact]
    public void A_divided_coalition_makes_stalling_pay()
    {
        double[] positions = [0, 100, 60, 100, 40];

        var offers = ConcessionProbabilities(positions, united: false);
        var w = WaitingGain.PerUnitResolve(0, positions, Capabilities, Sides, Sides[Dprk], offers, 100);
        var dprk = DprkCosts(pressure: 40);
        var stake = new HoldOutStake(0.8, w, 0);

        Worked.Near(75, SideOffer.OfOthers(positions, Capabilities, Sides, Sides[Dprk]));
        Assert.Equal([0, 0, 0.5, 0, 0.5], offers);
        Worked.Near(0.107142857143, w);
        Worked.Near(0.0857142857143, stake.Value);
        Worked.Near(0, dprk.CostOfWaiting(Round));
        Assert.False(ConcessionRule.ConcedesNow(stake, dprk, Round));
    }

    [Theory]
    [InlineData(30, -0.005, false)]
    [InlineData(80, 0.02, true)]
    public void United_the_coalition_removes_the_gain_from_stalling_and_pressure_makes_waiting_costly(double pressure, double costOfWaiting, bool concedes)
    {
        double[] positions = [0, 100, 100, 100, 80];

        var offers = ConcessionProbabilities(positions, united: true);
        var w = WaitingGain.PerUnitResolve(0, positions, Capabilities, Sides, Sides[Dprk], offers, 100);
        var dprk = DprkCosts(pressure);

        Worked.Near(93.5714285714, SideOffer.OfOthers(positions, Capabilities, Sides, Sides[Dprk]));
        Assert.Equal([0, 0, 0, 0, 0], offers);
        Assert.Equal(0, w);
        Worked.Near(costOfWaiting, dprk.CostOfWaiting(Round));
        Assert.Equal(concedes, ConcessionRule.ConcedesNow(new HoldOutStake(0.8, w, 0), dprk, Round));
    }

    [Fact]
    public void The_coalition_partner_standing_nearest_the_DPRK_is_the_one_expected_to_fold()
    {
        double[] positions = [0, 100, 60, 100, 40];
        var ownOffer = SideOffer.Of(positions, Capabilities, Sides, Sides[Dprk]);

        Assert.Equal(0, ownOffer);
        // China at 40 with r = 0.2: 0.2·0.4 = 0.08 < 19·0.01, but r = 0.5 stakes 0.2 ≥ 0.19.
        Assert.True(LevelZero.ConcedesByDeadline(0.2, 0.4, 0, Others, Round));
        Assert.False(LevelZero.ConcedesByDeadline(0.5, 0.4, 0, Others, Round));
    }

    private static double[] ConcessionProbabilities(double[] positions, bool united)
    {
        var dprkOffer = SideOffer.Of(positions, Capabilities, Sides, Sides[Dprk]);
        var probabilities = new double[positions.Length];
        for (var j = 1; j < positions.Length; j++)
        {
            var gap = Math.Abs(positions[j] - dprkOffer) / 100;
            // A joint public stand ties every member's hands with its full audience capacity.
            var standCost = united ? AudienceCapacity[j] : 0;
            probabilities[j] = LevelZero.ConcessionProbability(ResolveGrids[j], Even, gap, standCost, Others, Round);
        }
        return probabilities;
    }

    private static HoldingCosts DprkCosts(double pressure) =>
        HoldingCosts.WithoutDeadline(horizon: 20, delayCost: 0.01 + 0.05 * pressure / 100, delayBenefit: 0.03);
}
