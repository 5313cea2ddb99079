using CsCheck;
using Entente.Models.Diplomacy.Unilateral;

namespace Entente.Models.Tests.Diplomacy.V2.Unilateral;

/// <summary>P13, monotone deterrence, on random objectives.</summary>
public sealed class DeterrencePropertyTests
{
    private const double Range = 100;

    /// <summary>A decider's own stake, perhaps some leverage, on a random grid from a random grid point.</summary>
    private static readonly Gen<Decider> Deciders =
        from intervals in Gen.Int[5, 100]
        from start in Gen.Double[0, 1]
        from resolve in Gen.Double[0.05, 1]
        from ideal in Gen.Double[0, 100]
        from leverage in Gen.Double[0, 0.5]
        from salience in Gen.Double[0.05, 1]
        from demand in Gen.Double[0, 100]
        select new Decider(
            new UnilateralGrid(0, Range, intervals), Math.Round(start * intervals) * Range / intervals,
            [WelfareTerms.OwnStake(resolve, ideal, Range), WelfareTerms.Leverage(leverage, salience, demand, Range)]);

    [Fact]
    public void A_more_credible_threat_against_going_above_a_threshold_never_raises_the_best_response()
    {
        var gen = from decider in Deciders
                  from threshold in Gen.Double[0, 100]
                  from harm in Gen.Double[0.01, 0.5]
                  from slope in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 0.5])
                  from p in Gen.Double[0, 1]
                  from more in Gen.Double[0.01, 1]
                  select (decider, threshold, harm, slope, p, credible: Math.Min(1, p + more));
        gen.Sample(c =>
        {
            // A step (slope 0) or a harm schedule non-decreasing above the threshold.
            Func<double, double> harm = x => -(c.harm + c.slope * (x - c.threshold) / Range);
            Func<double, bool> triggered = x => x > c.threshold;

            var before = c.decider.Choose(WelfareTerms.Commitment(c.p, harm, triggered));
            var after = c.decider.Choose(WelfareTerms.Commitment(c.credible, harm, triggered));

            Assert.True(after <= before, $"{after} > {before}");
        }, iter: 3_000);
    }

    [Fact]
    public void More_leverage_for_an_actor_demanding_less_than_the_best_response_never_raises_it()
    {
        var gen = from decider in Deciders
                  from salience in Gen.Double[0.05, 1]
                  from weight in Gen.Double[0, 0.5]
                  from more in Gen.Double[0.01, 0.5]
                  from below in Gen.Double[0, 1]
                  select (decider, salience, weight, more, below);
        gen.Sample(c =>
        {
            var free = c.decider.Choose(_ => 0.0);
            var demand = c.below * free;
            var before = c.decider.Choose(WelfareTerms.Leverage(c.weight, c.salience, demand, Range));
            if (demand >= before)
            {
                return;
            }
            var after = c.decider.Choose(WelfareTerms.Leverage(c.weight + c.more, c.salience, demand, Range));

            Assert.True(after <= before, $"{after} > {before}");
        }, iter: 3_000);
    }

    internal sealed record Decider(UnilateralGrid Grid, double Current, Func<double, double>[] Terms)
    {
        public double Choose(Func<double, double> extra) => BestResponse.OnGrid(Grid, Current, [.. Terms, extra]).Position;
    }
}
