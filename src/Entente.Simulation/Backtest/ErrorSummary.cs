namespace Entente.Simulation.Backtest;

/// <summary>How far one predictor's forecasts fell from the outcomes.</summary>
public sealed record ErrorSummary
{
    /// <summary>The predictor.</summary>
    public required string Name { get; init; }

    /// <summary><c>model</c>, <c>reference</c>, or <c>out-of-fold</c> for a tuned model scored on folds it was not tuned on.</summary>
    public required string Kind { get; init; }

    /// <summary>Mean absolute error on the outcome scale.</summary>
    public required double Mae { get; init; }

    /// <summary>Lower end of the bootstrap 95% interval of the MAE.</summary>
    public required double MaeLow { get; init; }

    /// <summary>Upper end of the bootstrap 95% interval of the MAE.</summary>
    public required double MaeHigh { get; init; }

    /// <summary>Median absolute error.</summary>
    public required double MedianError { get; init; }

    /// <summary>Share of forecasts within 10 points of the outcome.</summary>
    public required double Within10 { get; init; }

    /// <summary>Number of cases forecast (a reference abstains where it has no value).</summary>
    public required int N { get; init; }

    /// <summary>Number of proposals among them.</summary>
    public required int Proposals { get; init; }

    /// <summary>
    /// The MAE minus the baseline's on the same cases, with its 95% interval from the same proposal
    /// bootstrap (paired: both errors of a case move together); null where no baseline was scored.
    /// </summary>
    public PairedDifference? VersusBaseline { get; init; }

    /// <summary>
    /// The predictive distribution's scores: conformal intervals around the point forecasts, calibrated as
    /// <see cref="DistributionScores.Calibration"/> says; null where none was scored.
    /// </summary>
    public DistributionScores? Distribution { get; init; }

    /// <summary>
    /// For a model with nothing fitted, its distribution calibrated on every case, its own included (the
    /// in-sample counterpart of <see cref="Distribution"/>); null otherwise.
    /// </summary>
    public DistributionScores? InSampleDistribution { get; init; }

    /// <summary>The CRPS minus the baseline's on the same cases (paired, proposal bootstrap); null where no baseline was scored.</summary>
    public PairedDifference? CrpsVersusBaseline { get; init; }

    /// <summary>For a tuned model: the options chosen on all cases (in-sample) or per fold.</summary>
    public string? Tuning { get; init; }

    /// <summary>
    /// Case by case, in the order of the cases scored: the absolute error (null where the predictor abstained;
    /// out of fold, the mean over the splits).
    /// </summary>
    public IReadOnlyList<double?> CaseErrors { get; init; } = [];

    /// <summary>
    /// Case by case: the forecast, null where the predictor abstained; empty for rows with no single forecast
    /// per case (a tuned model's rows, whose candidate changes from fold to fold).
    /// </summary>
    public IReadOnlyList<double?> CaseForecasts { get; init; } = [];
}

/// <summary>A paired difference of MAEs with its proposal-bootstrap 95% interval.</summary>
/// <param name="Baseline">The predictor compared against.</param>
/// <param name="Difference">MAE minus the baseline's MAE on the cases both forecast (negative: better).</param>
/// <param name="Low">Lower end of the interval.</param>
/// <param name="High">Upper end of the interval.</param>
public sealed record PairedDifference(string Baseline, double Difference, double Low, double High)
{
    /// <summary>
    /// The smallest true difference this comparison would detect 80% of the time at the 5% level (two-sided):
    /// (1.96 + 0.84) times the bootstrap standard error of the paired difference, at the data's size.
    /// </summary>
    public double MinimumDetectableEffect { get; init; } = double.NaN;
}

/// <summary>How well a predictive distribution fitted the outcomes.</summary>
public sealed record DistributionScores
{
    /// <summary><c>in-sample</c> (residuals of every case, its own included) or <c>out-of-fold</c> (CV+: residuals of other folds' cases only).</summary>
    public required string Calibration { get; init; }

    /// <summary>Mean continuous ranked probability score, on the outcome scale (a point forecast's CRPS is its absolute error).</summary>
    public required double Crps { get; init; }

    /// <summary>One entry per level (50%, 80%, 95%).</summary>
    public required IReadOnlyList<IntervalScore> Intervals { get; init; }

    /// <summary>Case by case, the CRPS (null where the predictor abstained).</summary>
    public IReadOnlyList<double?> CaseCrps { get; init; } = [];
}

/// <summary>How often intervals of one level held the outcome, and how wide they were.</summary>
/// <param name="Level">The nominal coverage, such as 0.8.</param>
/// <param name="Coverage">Share of outcomes inside their interval.</param>
/// <param name="MeanWidth">Mean width of the intervals on the outcome scale.</param>
public sealed record IntervalScore(double Level, double Coverage, double MeanWidth);
