namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Streams the values of one quantity (an issue's forecast) over trials, in memory independent of the
/// number of trials, and so that merging accumulators in any order gives bit-identical results:
/// sums are kept in 128-bit fixed point (exact integer addition), counts and histogram bins are integers.
/// Quantiles are exact (order statistics) while at most <see cref="ExactLimit"/> values have been seen,
/// and otherwise come from a histogram of <see cref="Bins"/> bins over [low, high], accurate to one bin
/// width (high − low) / Bins.
/// </summary>
internal sealed class DistributionAccumulator
{
    /// <summary>Up to this many values the accumulator keeps them all and quantiles are exact.</summary>
    public const int ExactLimit = 20_000;

    /// <summary>Histogram bins over the value range once the values are too many to keep.</summary>
    public const int Bins = 4096;

    // 2^40 steps per unit: a square of a deviation up to 10^4 is 10^8·2^40 ≈ 10^20, so 10^17 trials
    // fit the 128-bit sums.
    private const double FixedPointScale = 1099511627776.0;

    private readonly double _low, _high, _center;
    // Built only once the values are too many to keep (or a merge, a write or a chart needs it), from the kept values:
    // the counts come out the same, and a sweep's many small ranges neither allocate nor merge 4,096 bins each.
    private long[]? _histogram;
    private List<(long Trial, double Value)>? _values = [];
    private Int128 _sum, _sumOfSquares;
    private double _min = double.PositiveInfinity, _max = double.NegativeInfinity;

    /// <summary>
    /// An accumulator for values expected in [<paramref name="low"/>, <paramref name="high"/>] (values outside
    /// are clamped into the end bins). Sums are taken of deviations from <paramref name="center"/>, a value
    /// known before the trials (such as the input's forecast), so the variance does not lose its digits to
    /// cancellation; the middle of the range when not given.
    /// </summary>
    public DistributionAccumulator(double low, double high, double? center = null)
    {
        _low = low;
        _high = high > low ? high : low + 1;
        _center = center ?? (low + high) / 2;
    }

    /// <summary>Values seen.</summary>
    public long Count { get; private set; }

    /// <summary>Adds the value of trial <paramref name="trial"/>.</summary>
    public void Add(long trial, double value)
    {
        Count++;
        var deviation = value - _center;
        _sum += ToFixed(deviation);
        _sumOfSquares += ToFixed(deviation * deviation);
        _min = Math.Min(_min, value);
        _max = Math.Max(_max, value);
        if (_values is not null)
        {
            if (Count <= ExactLimit)
            {
                _values.Add((trial, value));
                // A histogram built earlier (for a write or a chart) no longer counts every value: rebuilt when asked.
                _histogram = null;
                return;
            }
            Histogram();
            _values = null;
        }
        _histogram![Bin(value)]++;
    }

    /// <summary>The histogram, built from the kept values the first time it is needed.</summary>
    private long[] Histogram()
    {
        if (_histogram is null)
        {
            _histogram = new long[Bins];
            foreach (var (_, value) in _values ?? [])
            {
                _histogram[Bin(value)]++;
            }
        }
        return _histogram;
    }

    /// <summary>Adds everything <paramref name="other"/> has seen.</summary>
    public void Merge(DistributionAccumulator other)
    {
        Count += other.Count;
        _sum += other._sum;
        _sumOfSquares += other._sumOfSquares;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
        if (_values is not null && other._values is not null && Count <= ExactLimit)
        {
            _values.AddRange(other._values);
            _histogram = null;
            return;
        }
        var histogram = Histogram();
        if (other._histogram is { } bins)
        {
            for (var b = 0; b < Bins; b++)
            {
                histogram[b] += bins[b];
            }
        }
        else
        {
            // No histogram yet means every value is kept.
            foreach (var (_, value) in other._values!)
            {
                histogram[other.Bin(value)]++;
            }
        }
        _values = null;
    }

    /// <summary>
    /// Writes the whole state: a block of trials computed on one machine merges on another exactly as if it had
    /// stayed. The kept values are written in trial order and the histogram sparsely, so two accumulators that
    /// saw the same trials write the same bytes, whatever order they merged in.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_low);
        writer.Write(_high);
        writer.Write(_center);
        writer.Write(Count);
        WriteInt128(writer, _sum);
        WriteInt128(writer, _sumOfSquares);
        writer.Write(_min);
        writer.Write(_max);
        var histogram = Histogram();
        var used = 0;
        foreach (var bin in histogram)
        {
            used += bin != 0 ? 1 : 0;
        }
        writer.Write(used);
        for (var b = 0; b < Bins; b++)
        {
            if (histogram[b] != 0)
            {
                writer.Write(b);
                writer.Write(histogram[b]);
            }
        }
        if (_values is null)
        {
            writer.Write(-1);
            return;
        }
        writer.Write(_values.Count);
        foreach (var (trial, value) in _values.OrderBy(v => v.Trial))
        {
            writer.Write(trial);
            writer.Write(value);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DistributionAccumulator Read(BinaryReader reader)
    {
        var accumulator = new DistributionAccumulator(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble())
        {
            Count = reader.ReadInt64(),
        };
        accumulator._sum = ReadInt128(reader);
        accumulator._sumOfSquares = ReadInt128(reader);
        accumulator._min = reader.ReadDouble();
        accumulator._max = reader.ReadDouble();
        var used = reader.ReadInt32();
        var histogram = accumulator._histogram = new long[Bins];
        for (var k = 0; k < used; k++)
        {
            var bin = reader.ReadInt32();
            histogram[bin] = reader.ReadInt64();
        }
        var kept = reader.ReadInt32();
        if (kept < 0)
        {
            accumulator._values = null;
            return accumulator;
        }
        accumulator._values = new List<(long, double)>(kept);
        for (var k = 0; k < kept; k++)
        {
            accumulator._values.Add((reader.ReadInt64(), reader.ReadDouble()));
        }
        // The kept values hold every value: the histogram is theirs, built again when needed.
        accumulator._histogram = null;
        return accumulator;
    }

    private static void WriteInt128(BinaryWriter writer, Int128 value)
    {
        writer.Write(unchecked((ulong)(value >> 64)));
        writer.Write(unchecked((ulong)value));
    }

    private static Int128 ReadInt128(BinaryReader reader)
    {
        var high = reader.ReadUInt64();
        var low = reader.ReadUInt64();
        return unchecked(((Int128)high << 64) | low);
    }

    /// <summary>The summary of everything seen.</summary>
    public DistributionSummary Summarise()
    {
        if (Count == 0)
        {
            return new DistributionSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, QuantileMethod.Exact);
        }
        var meanDeviation = FromFixed(_sum) / Count;
        var variance = Math.Max(0, FromFixed(_sumOfSquares) / Count - meanDeviation * meanDeviation);
        var mean = _center + meanDeviation;
        var sd = Count > 1 ? Math.Sqrt(variance * Count / (Count - 1)) : 0;
        Func<double, double> quantile;
        QuantileMethod method;
        if (_values is not null)
        {
            // Sorting by value, then trial, makes the order statistics independent of merge order.
            var sorted = _values.OrderBy(v => v.Value).ThenBy(v => v.Trial).Select(v => v.Value).ToArray();
            quantile = p => ExactQuantile(sorted, p);
            method = QuantileMethod.Exact;
        }
        else
        {
            quantile = HistogramQuantile;
            method = QuantileMethod.Histogram;
        }
        return new DistributionSummary(Count, mean, sd, _min, quantile(0.05), quantile(0.25), quantile(0.5), quantile(0.75), quantile(0.95), _max, method);
    }

    /// <summary>
    /// A histogram for charts: about <paramref name="bins"/> bars over the observed [min, max], built by
    /// grouping the fine bins, so it costs nothing extra and is as deterministic as the rest.
    /// </summary>
    public HistogramBars Bars(int bins = 40)
    {
        if (Count == 0)
        {
            return new HistogramBars([], []);
        }
        var first = Bin(_min);
        var last = Bin(_max);
        var histogram = Histogram();
        var group = Math.Max(1, (last - first + 1 + bins - 1) / bins);
        var edges = new List<double>();
        var counts = new List<long>();
        for (var start = first; start <= last; start += group)
        {
            long count = 0;
            for (var b = start; b < Math.Min(start + group, Bins); b++)
            {
                count += histogram[b];
            }
            edges.Add(_low + start * BinWidth);
            counts.Add(count);
        }
        edges.Add(_low + Math.Min(first + counts.Count * group, Bins) * BinWidth);
        return new HistogramBars(edges, counts);
    }

    /// <summary>Width of one histogram bin: the accuracy of quantiles beyond <see cref="ExactLimit"/> values.</summary>
    public double BinWidth => (_high - _low) / Bins;

    private int Bin(double value) => (int)Math.Clamp((value - _low) / (_high - _low) * Bins, 0, Bins - 1);

    /// <summary>Linear interpolation between order statistics (Hyndman and Fan's type 7, R's default).</summary>
    private static double ExactQuantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private double HistogramQuantile(double p)
    {
        var target = p * Count;
        var histogram = Histogram();
        long cumulative = 0;
        for (var b = 0; b < Bins; b++)
        {
            var next = cumulative + histogram[b];
            if (next >= target && histogram[b] > 0)
            {
                var within = (target - cumulative) / histogram[b];
                var value = _low + (b + within) * BinWidth;
                return Math.Clamp(value, _min, _max);
            }
            cumulative = next;
        }
        return _max;
    }

    internal static Int128 ToFixed(double value)
    {
        var units = Math.Round(value * FixedPointScale);
        // Within ±2^62 the integral double converts to a long exactly, and the long widens exactly: the same Int128 as
        // the direct conversion, which is a slow software routine; a sweep converts two values a trial and issue.
        return Math.Abs(units) < 4.611686018427388E18 ? (Int128)(long)units : (Int128)units;
    }

    private static double FromFixed(Int128 value) => (double)value / FixedPointScale;
}
