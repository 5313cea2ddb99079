namespace Entente.Simulation.Backtest;

/// <summary>Summarises absolute errors into the figures a backtest reports.</summary>
internal static class ErrorStatistics
{
    /// <summary>z of 97.5% plus z of 80%: a two-sided 5% test with 80% power detects a true effect this many standard errors away.</summary>
    public const double DetectableMultiplier = 1.959964 + 0.841621;

    /// <summary>The distribution scores of <paramref name="scores"/> as a row reports them.</summary>
    public static DistributionScores Distribution(string calibration, Honest.CaseScores scores) => new()
    {
        Calibration = calibration,
        Crps = MeanOf(scores.Crps),
        Intervals = [.. Honest.PredictiveSample.Levels.Select((level, l) => new IntervalScore(level, MeanOf(scores.Covered[l]), MeanOf(scores.Width[l])))],
        CaseCrps = scores.Crps,
    };

    private static double MeanOf(IReadOnlyList<double?> values) =>
        values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(double.NaN).Average();

    /// <summary>MAE with its proposal-bootstrap interval, median error, share within 10 points, counts.</summary>
    public static ErrorSummary Summarise(string name, string kind, IReadOnlyList<(string Group, double Error)> errors, ulong seed, int replicates, string? tuning = null)
    {
        var (low, high) = ClusterBootstrap.Interval(errors, seed, replicates);
        var sorted = errors.Select(e => e.Error).Order().ToArray();
        return new ErrorSummary
        {
            Name = name,
            Kind = kind,
            Mae = sorted.Length > 0 ? sorted.Average() : double.NaN,
            MaeLow = low,
            MaeHigh = high,
            MedianError = sorted.Length > 0 ? ClusterBootstrap.Percentile(sorted, 0.5) : double.NaN,
            Within10 = sorted.Length > 0 ? sorted.Count(e => e <= 10) / (double)sorted.Length : double.NaN,
            N = sorted.Length,
            Proposals = errors.Select(e => e.Group).Distinct(StringComparer.Ordinal).Count(),
            Tuning = tuning,
        };
    }

    /// <summary>
    /// The paired difference of two error lists aligned by case (null where a predictor abstained), on the
    /// cases both forecast: its mean and a proposal-bootstrap interval.
    /// </summary>
    public static PairedDifference Paired(string baseline, IReadOnlyList<double?> errors, IReadOnlyList<double?> baselineErrors, IReadOnlyList<BacktestCase> cases, ulong seed, int replicates)
    {
        var differences = new List<(string, double)>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            if (errors[i] is { } e && baselineErrors[i] is { } b)
            {
                differences.Add((cases[i].Group, e - b));
            }
        }
        var (low, high) = ClusterBootstrap.Interval(differences, seed, replicates);
        return new PairedDifference(baseline, differences.Count > 0 ? differences.Average(d => d.Item2) : double.NaN, low, high)
        {
            MinimumDetectableEffect = DetectableMultiplier * ClusterBootstrap.StandardError(differences, seed, replicates),
        };
    }

    /// <summary>Each case's absolute error, or null where <paramref name="predictor"/> abstains.</summary>
    public static double?[] PerCase(Predictor predictor, IReadOnlyList<BacktestCase> cases) =>
        ErrorsOf(Forecasts(predictor, cases), cases);

    /// <summary>Each case's forecast, or null where <paramref name="predictor"/> abstains.</summary>
    public static double?[] Forecasts(Predictor predictor, IReadOnlyList<BacktestCase> cases) =>
        cases.Select(predictor.Forecast).ToArray();

    /// <summary>The absolute error of each forecast (null stays null).</summary>
    public static double?[] ErrorsOf(IReadOnlyList<double?> forecasts, IReadOnlyList<BacktestCase> cases) =>
        cases.Select((c, i) => forecasts[i] is { } f ? Math.Abs(f - c.Outcome) : (double?)null).ToArray();

    /// <summary>Absolute errors of <paramref name="predictor"/> on the cases it does not abstain on.</summary>
    public static IReadOnlyList<(string Group, double Error)> Errors(Predictor predictor, IReadOnlyList<BacktestCase> cases) =>
        Present(PerCase(predictor, cases), cases);

    /// <summary>The errors of a per-case list (null where the predictor abstained) that are there, each with its case's group.</summary>
    public static IReadOnlyList<(string Group, double Error)> Present(IReadOnlyList<double?> errors, IReadOnlyList<BacktestCase> cases) =>
        cases.Select((c, i) => (c.Group, Error: errors[i])).Where(x => x.Error is not null).Select(x => (x.Group, x.Error!.Value)).ToArray();
}
