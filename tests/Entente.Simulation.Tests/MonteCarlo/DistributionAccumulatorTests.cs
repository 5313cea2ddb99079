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

    [Fact]
    public void The_histogram_counts_every_value_in_its_bin_however_often_it_was_written_or_charted_on_the_way()
    {
        var random = new CounterRandom(3, 0);
        var values = Enumerable.Range(0, DistributionAccumulator.ExactLimit + 3000).Select(_ => 20 + 60 * random.NextDouble()).ToArray();
        var straight = new DistributionAccumulator(0, 100);
        var interrupted = new DistributionAccumulator(0, 100);
        for (var t = 0; t < values.Length; t++)
        {
            straight.Add(t, values[t]);
            interrupted.Add(t, values[t]);
            if (t % 997 == 0)
            {
                // Writing and charting build the histogram early; carried to another machine and back, and added to after.
                _ = interrupted.Bars();
                interrupted = DistributionAccumulator.Read(Reader(Bytes(interrupted)));
            }
            if (t == 50 || t == DistributionAccumulator.ExactLimit - 1 || t == DistributionAccumulator.ExactLimit + 1)
            {
                Assert.Equal(Bytes(straight), Bytes(interrupted));
                AssertBinsAre(values.Take(t + 1), straight);
            }
        }
        Assert.Equal(Bytes(straight), Bytes(interrupted));
        AssertBinsAre(values, straight);
    }

    [Fact]
    public void Merging_small_pieces_past_the_exact_limit_counts_each_value_once()
    {
        var random = new CounterRandom(4, 0);
        var values = Enumerable.Range(0, DistributionAccumulator.ExactLimit + 700).Select(_ => 100 * random.NextDouble()).ToArray();
        var whole = new DistributionAccumulator(0, 100);
        for (var t = 0; t < values.Length; t++)
        {
            whole.Add(t, values[t]);
        }
        // Pieces of 256 trials, as a sweep's ranges: some merges keep values, the one that crosses the limit bins them all.
        var merged = new DistributionAccumulator(0, 100);
        for (var start = 0; start < values.Length; start += 256)
        {
            var piece = new DistributionAccumulator(0, 100);
            for (var t = start; t < Math.Min(values.Length, start + 256); t++)
            {
                piece.Add(t, values[t]);
            }
            merged.Merge(piece);
        }
        Assert.Equal(Bytes(whole), Bytes(merged));
        AssertBinsAre(values, merged);
    }

    /// <summary>The fine bins (a bar each) hold what binning each value on [0, 100) by hand gives.</summary>
    private static void AssertBinsAre(IEnumerable<double> values, DistributionAccumulator accumulator)
    {
        var expected = new SortedDictionary<int, long>();
        foreach (var value in values)
        {
            var bin = (int)Math.Floor(value / 100 * DistributionAccumulator.Bins);
            expected[bin] = expected.GetValueOrDefault(bin) + 1;
        }
        var bars = accumulator.Bars(DistributionAccumulator.Bins);
        var first = expected.Keys.First();
        for (var k = 0; k < bars.Counts.Count; k++)
        {
            Assert.Equal(expected.GetValueOrDefault(first + k), bars.Counts[k]);
        }
        Assert.Equal(expected.Values.Sum(), bars.Counts.Sum());
    }

    private static byte[] Bytes(DistributionAccumulator accumulator)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            accumulator.Write(writer);
        }
        return stream.ToArray();
    }

    private static BinaryReader Reader(byte[] bytes) => new(new MemoryStream(bytes));
}
