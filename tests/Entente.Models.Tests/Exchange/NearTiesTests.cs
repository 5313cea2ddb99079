using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>The count of near-equal gains that decides whether the incremental round may keep its own order.</summary>
public sealed class NearTiesTests
{
    [Fact]
    public void Equal_gains_are_no_near_tie()
    {
        var near = new NearTies();
        near.Add(2.5);
        near.Add(2.5);
        near.Add(0.0);
        near.Add(-0.0);

        Assert.True(near.Clear);
    }

    [Theory]
    [InlineData(1.0, 1.0 + 1e-15)]
    [InlineData(1.0, 1.0 + 3e-12)]
    [InlineData(1e-8, 1e-8 * (1 + 1e-13))]
    [InlineData(0.9999999999999, 1.0)]
    public void Different_gains_within_the_margin_are_a_near_tie_until_one_goes(double x, double y)
    {
        var near = new NearTies();
        near.Add(x);
        near.Add(x);
        near.Add(y);
        Assert.False(near.Clear);

        near.Remove(x);
        Assert.False(near.Clear);
        near.Remove(x);
        Assert.True(near.Clear);
    }

    [Fact]
    public void Gains_further_apart_than_the_margin_are_not_a_near_tie()
    {
        var near = new NearTies();
        near.Add(1.0);
        near.Add(1.0 + 5e-12);
        near.Add(1.0 - 5e-12);

        Assert.True(near.Clear);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void A_gain_that_is_not_finite_and_non_negative_turns_the_fast_path_off(double odd)
    {
        var near = new NearTies();
        near.Add(1.0);
        near.Add(odd);
        Assert.False(near.Clear);

        near.Remove(odd);
        Assert.True(near.Clear);
    }

    [Fact]
    public void Whatever_near_ties_says_is_clear_gain_order_orders_strictly()
    {
        // The margin's promise: when no two different gains are near, GainOrder calls gains equal only when they are.
        var random = new Entente.Models.Common.CounterRandom(7, 0);
        for (var n = 0; n < 10_000; n++)
        {
            var x = Math.Pow(10, -6 + 8 * random.NextDouble());
            var y = x * (1 + (random.NextDouble() - 0.5) * 1e-10);
            if (!NearTies.Near(x, y) && x != y)
            {
                Assert.NotEqual(0, GainOrder.Instance.Compare(x, y));
            }
        }
    }
}
