namespace Entente.Simulation.MonteCarlo;

/// <summary>The outcome of a sweep: per issue, the distribution of the forecast over trials.</summary>
public sealed record SweepResult
{
    /// <summary>Bins of the histogram that gives quantiles once a sweep has too many trials to keep them all.</summary>
    public const int HistogramBins = DistributionAccumulator.Bins;

    /// <summary>The plan that was run.</summary>
    public required SweepPlan Plan { get; init; }

    /// <summary>The model as the catalog names it.</summary>
    public required string Model { get; init; }

    /// <summary>Per issue, in scenario order.</summary>
    public required IReadOnlyList<IssueDistribution> Issues { get; init; }


    /// <summary>Wall time of the trials.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Trials per second.</summary>
    public double TrialsPerSecond => Plan.Trials / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>The distribution of one issue's forecast over the trials of a sweep.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Baseline">The forecast of the unperturbed scenario.</param>
/// <param name="Forecast">The distribution over trials.</param>
/// <param name="BinWidth">Accuracy of histogram quantiles, in scale units.</param>
/// <param name="Bars">A histogram of the forecasts for charts.</param>
public sealed record IssueDistribution(string IssueId, double Baseline, DistributionSummary Forecast, double BinWidth, HistogramBars Bars)
{
    /// <summary>Equal when the figures are equal (the bars are compared element by element).</summary>
    public bool Equals(IssueDistribution? other) =>
        other is not null && IssueId == other.IssueId && Baseline.Equals(other.Baseline) && Forecast == other.Forecast
        && BinWidth.Equals(other.BinWidth) && Bars.Edges.SequenceEqual(other.Bars.Edges) && Bars.Counts.SequenceEqual(other.Bars.Counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IssueId, Baseline, Forecast, BinWidth);
}

