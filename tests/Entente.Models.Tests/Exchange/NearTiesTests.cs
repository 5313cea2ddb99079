using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>The watch on near-equal gains that decides whether the incremental round may keep its own order.</summary>
public sealed class NearTiesTests
{
    [Fact]
    public void Equal_gains_and_a_near_pair_keep_gain_order_transitive()
    {
        var near = new NearTies();
        near.Add(2.5);
        near.Add(2.5);
        near.Add(2.5 * (1 + 1e-15));
        near.Add(0.0);
        near.Add(-0.0);

        Assert.True(near.Clear);
    }

    [Theory]
    [InlineData(1.0, 1.0 + 4e-16, 1.0 + 8e-16)]
    [InlineData(1.0, 1.0 + 0.9e-12, 1.0 + 1.8e-12)]
    [InlineData(1e-8, 1e-8 * (1 + 1e-13), 1e-8 * (1 - 1e-13))]
    public void Three_different_gains_in_a_chain_are_not_clear_until_one_goes(double x, double y, double z)
    {
        var near = new NearTies();
        near.Add(x);
        near.Add(y);
        near.Add(y);
        near.Add(z);
        Assert.False(near.Clear);

        near.Remove(y);
        Assert.False(near.Clear);
        near.Remove(y);
        Assert.True(near.Clear);
    }

    [Fact]
    public void Gains_further_apart_than_the_tolerance_do_not_chain()
    {
        var near = new NearTies();
        near.Add(1.0);
        near.Add(1.0 + 2e-12);
        near.Add(1.0 - 2e-12);

        Assert.True(near.Clear);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    [InlineData(1e-300)]
    public void A_gain_that_is_not_finite_non_negative_and_ordinary_turns_the_fast_path_off(double odd)
    {
        var near = new NearTies();
        near.Add(1.0);
        near.Add(odd);
        Assert.False(near.Clear);

        near.Remove(odd);
        Assert.True(near.Clear);
    }

    [Fact]
    public void Gains_that_are_not_near_are_never_equal_to_gain_order()
    {
        // The margin's promise: GainOrder calls two gains equal only when NearTies counts them near.
        var random = new Entente.Models.Common.CounterRandom(7, 0);
        for (var n = 0; n < 100_000; n++)
        {
            var x = Math.Pow(10, -9 + 12 * random.NextDouble());
            var y = x * (1 + (random.NextDouble() - 0.5) * 4e-12);
            if (GainOrder.Instance.Compare(x, y) == 0)
            {
                Assert.True(NearTies.Near(x, y), $"{x:R} and {y:R}");
            }
        }
    }
}
