using Entente.Models.Common;

namespace Entente.Models.Tests.Common;

public class CounterRandomTests
{
    [Fact]
    public void The_same_seed_and_trial_give_the_same_stream()
    {
        var a = new CounterRandom(42, 7);
        var b = new CounterRandom(42, 7);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void A_draw_is_a_pure_function_of_seed_trial_and_counter()
    {
        var stream = new CounterRandom(3, 11);
        for (ulong k = 0; k < 20; k++)
        {
            Assert.Equal(CounterRandom.At(3, 11, k), stream.NextUInt64());
        }
        Assert.Equal(20UL, stream.Counter);
    }

    [Fact]
    public void Different_trials_and_seeds_give_different_streams()
    {
        Assert.NotEqual(CounterRandom.At(1, 0, 0), CounterRandom.At(1, 1, 0));
        Assert.NotEqual(CounterRandom.At(1, 0, 0), CounterRandom.At(2, 0, 0));
        Assert.NotEqual(CounterRandom.At(0, 1, 0), CounterRandom.At(1, 0, 0));
    }

    [Fact]
    public void Uniform_draws_have_the_moments_of_a_uniform_distribution()
    {
        var stream = new CounterRandom(2026, 0);
        const int n = 200_000;
        double sum = 0, sumSquares = 0;
        var buckets = new int[10];
        for (var i = 0; i < n; i++)
        {
            var u = stream.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            sum += u;
            sumSquares += u * u;
            buckets[(int)(u * 10)]++;
        }
        Assert.Equal(0.5, sum / n, 2);
        Assert.Equal(1.0 / 12, sumSquares / n - Math.Pow(sum / n, 2), 2);
        // Chi-square with 9 degrees of freedom: 27.9 is its 0.999 quantile.
        var chi = buckets.Sum(b => Math.Pow(b - n / 10.0, 2) / (n / 10.0));
        Assert.True(chi < 27.9, $"chi-square {chi}");
    }

    [Fact]
    public void Gaussian_draws_have_mean_zero_and_unit_variance()
    {
        var stream = new CounterRandom(5, 5);
        const int n = 100_000;
        var draws = Enumerable.Range(0, n).Select(_ => stream.NextGaussian()).ToArray();
        Assert.Equal(0.0, draws.Average(), 1);
        Assert.Equal(1.0, draws.Select(x => x * x).Average(), 1);
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        var stream = new CounterRandom(9, 9);
        var seen = new bool[7];
        for (var i = 0; i < 1000; i++)
        {
            seen[stream.NextInt(7)] = true;
        }
        Assert.All(seen, Assert.True);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CounterRandom(0, 0).NextInt(0));
    }
}
