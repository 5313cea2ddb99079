using CsCheck;
using Entente.Models.Diplomacy.Negotiations;

namespace Entente.Models.Tests.Diplomacy.V2.Negotiations;

/// <summary>P18, deadline anticipation, over random constant inputs.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly Gen<HoldingCosts> Costs =
        from c in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 1])
        from beta in Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double[0, 1])
        from deadline in Gen.Int[1, 40]
        from h in Gen.Double[0, 0.1]
        from g in Gen.Double[0, 0.1]
        select new HoldingCosts(c, beta, deadline, h, g);

    private static readonly Gen<HoldOutStake> Stakes =
        from r in Gen.Double[0.05, 1]
        from w in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 0.6])
        from a in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 0.3])
        select new HoldOutStake(r, w, a);

    [Fact]
    public void The_closed_form_names_the_round_the_search_finds()
    {
        var gen = from costs in Costs
                  from stake in Stakes
                  from first in Gen.Int[1, 8]
                  select (costs, stake, first);
        gen.Sample(c =>
        {
            // Away from exact ties, where the two evaluation orders may round to different sides.
            if (NearTie(c.stake, c.costs, c.first))
            {
                return;
            }
            Assert.Equal(
                ConcessionRule.FirstConcessionRound(c.stake, c.costs, c.first),
                ConcessionClosedForm.FirstConcessionRound(c.stake, c.costs, c.first));
        }, iter: 20_000);
    }

    [Fact]
    public void A_more_resolved_party_never_concedes_earlier()
    {
        var gen = from costs in Costs
                  from stake in Stakes
                  from more in Gen.Double[0, 0.95]
                  select (costs, stake, firmer: stake with { Resolve = Math.Min(1, stake.Resolve + more) });
        gen.Sample(c =>
            Assert.True(Round(ConcessionRule.FirstConcessionRound(c.firmer, c.costs)) >= Round(ConcessionRule.FirstConcessionRound(c.stake, c.costs))),
            iter: 20_000);
    }

    [Fact]
    public void Without_discounting_a_party_that_does_not_concede_at_once_concedes_only_at_the_deadline()
    {
        var gen = from costs in Costs
                  from stake in Stakes
                  select (costs: costs with { Discount = 0 }, stake);
        gen.Sample(c =>
        {
            if (c.costs.DelayCost - c.costs.DelayBenefit > c.stake.Value)
            {
                return;
            }
            var round = ConcessionRule.FirstConcessionRound(c.stake, c.costs);
            Assert.True(round is null || round == c.costs.Deadline);
        }, iter: 5_000);
    }

    private static bool NearTie(HoldOutStake stake, HoldingCosts costs, int first)
    {
        for (var t = first; t <= costs.Deadline; t++)
        {
            if (Math.Abs(costs.CostOfWaiting(t) - stake.Value) < 1e-9)
            {
                return true;
            }
        }
        return false;
    }

    private static int Round(int? round) => round ?? int.MaxValue;
}
