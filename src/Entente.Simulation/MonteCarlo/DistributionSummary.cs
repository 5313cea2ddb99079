namespace Entente.Simulation.MonteCarlo;

/// <summary>How quantiles were computed.</summary>
public enum QuantileMethod
{
    /// <summary>From every value (order statistics, interpolated).</summary>
    Exact,

    /// <summary>From a fixed-bin histogram, accurate to one bin width.</summary>
    Histogram,
}

/// <summary>The distribution of a quantity over trials.</summary>
/// <param name="Count">Trials.</param>
/// <param name="Mean">Mean.</param>
/// <param name="StandardDeviation">Sample standard deviation.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Method">How the quantiles were computed.</param>
public sealed record DistributionSummary(
    long Count, double Mean, double StandardDeviation, double Min, double P5, double P25, double Median, double P75, double P95, double Max,
    QuantileMethod Method);

/// <summary>Bars of a histogram: <see cref="Edges"/> has one more entry than <see cref="Counts"/>.</summary>
/// <param name="Edges">Bar edges, ascending.</param>
/// <param name="Counts">Trials per bar.</param>
public sealed record HistogramBars(IReadOnlyList<double> Edges, IReadOnlyList<long> Counts);
