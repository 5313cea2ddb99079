using Entente.Models.Common;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

public class DistributionAccumulatorTests
{
    [Fact]
    public void Small_samples_give_exact_type_7_quantiles()
    {
        var accumulator = new DistributionAccumulator(0, 10);
        foreach (var (value, trial) in new[] { 5.0, 1, 4, 2, 3 }.Select((v, t) => (v, t)))
        {
            accumulator.Add(trial, value);
        }

        var summary = accumulator.Summarise();

        Assert.Equal(QuantileMethod.Exact, summary.Method);
        Assert.Equal(5, summary.Count);
        Assert.Equal(3, summary.Mean, 9);
        Assert.Equal(Math.Sqrt(2.5), summary.StandardDeviation, 9);
        Assert.Equal(1.2, summary.P5, 9);
        Assert.Equal(2, summary.P25, 9);
        Assert.Equal(3, summary.Median, 9);
        Assert.Equal(4, summary.P75, 9);
        Assert.Equal(4.8, summary.P95, 9);
        Assert.Equal((1.0, 5.0), (summary.Min, summary.Max));
    }

    [Fact]
    public void Merging_in_any_order_gives_identical_results()
    {
        var random = new CounterRandom(1, 0);
        var values = Enumerable.Range(0, 30_000).Select(_ => 100 * random.NextDouble()).ToArray();
        DistributionSummary Split(int parts, bool reverse)
        {
            var pieces = Enumerable.Range(0, parts).Select(_ => new DistributionAccumulator(0, 100)).ToArray();
            for (var t = 0; t < values.Length; t++)
            {
                pieces[t % parts].Add(t, values[t]);
            }
            var order = reverse ? pieces.Reverse().ToArray() : pieces;
            var total = new DistributionAccumulator(0, 100);
            foreach (var piece in order)
            {
                total.Merge(piece);
            }
            return total.Summarise();
        }

        var one = Split(1, false);
        Assert.Equal(one, Split(3, false));
        Assert.Equal(one, Split(7, true));
    }

    [Fact]
    public void Large_samples_give_histogram_quantiles_within_one_bin_of_the_exact_ones()
    {
        var random = new CounterRandom(2, 0);
        var values = Enumerable.Range(0, 50_000).Select(_ => Math.Clamp(50 + 15 * random.NextGaussian(), 0, 100)).ToArray();
        var accumulator = new DistributionAccumulator(0, 100);
        for (var t = 0; t < values.Length; t++)
        {
            accumulator.Add(t, values[t]);
        }

        var summary = accumulator.Summarise();
        var sorted = values.Order().ToArray();
        double Exact(double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];

        Assert.Equal(QuantileMethod.Histogram, summary.Method);
        Assert.Equal(values.Average(), summary.Mean, 6);
        foreach (var (p, estimate) in new[] { (0.05, summary.P5), (0.25, summary.P25), (0.5, summary.Median), (0.75, summary.P75), (0.95, summary.P95) })
        {
            Assert.True(Math.Abs(estimate - Exact(p)) <= accumulator.BinWidth + 1e-9, $"p={p}: {estimate} vs {Exact(p)}");
        }
    }
}
