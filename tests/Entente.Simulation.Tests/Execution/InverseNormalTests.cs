using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

public class InverseNormalTests
{
    // Standard normal quantiles to 15 or more significant digits (tables of Φ⁻¹; R's qnorm agrees).
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.8413447460685429, 1.0)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(0.07, -1.475791028179171)]
    public void The_quantile_matches_the_tables_to_1e_minus_14(double p, double z)
    {
        Assert.Equal(z, InverseNormal.Quantile(p), 1e-13);
    }

    [Fact]
    public void The_quantile_is_odd_about_one_half()
    {
        for (var k = 1; k < 1000; k++)
        {
            var p = k / 2048.0;
            Assert.Equal(-InverseNormal.Quantile(p), InverseNormal.Quantile(1 - p));
        }
    }

    [Fact]
    public void The_quantile_increases_across_the_three_ranges_of_the_approximation()
    {
        var previous = double.NegativeInfinity;
        foreach (var p in new[] { 1e-300, 1e-200, 1e-20, 1e-12, 1e-5, 0.01, 0.074, 0.075, 0.076, 0.3, 0.5, 0.7, 0.924, 0.925, 0.926, 0.99, 1 - 1e-12 })
        {
            var z = InverseNormal.Quantile(p);
            Assert.True(z > previous, $"Φ⁻¹({p}) = {z} is not above {previous}");
            previous = z;
        }
    }

    [Fact]
    public void Draws_of_a_stream_are_standard_normal_in_mean_spread_and_tails()
    {
        var stream = new RandomStream("test/normal");
        const int n = 200_000;
        double sum = 0, squares = 0;
        var below = 0;
        var beyondTwo = 0;
        for (var t = 0UL; t < n; t++)
        {
            var z = stream.Gaussian(RandomStream.TrialKey(11, t));
            sum += z;
            squares += z * z;
            below += z < 1 ? 1 : 0;
            beyondTwo += Math.Abs(z) > 1.959963984540054 ? 1 : 0;
        }
        var mean = sum / n;
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(squares / n - mean * mean, 0.985, 1.015);
        Assert.InRange(below / (double)n, 0.8413 - 0.003, 0.8413 + 0.003);
        Assert.InRange(beyondTwo / (double)n, 0.05 - 0.002, 0.05 + 0.002);
    }
}
