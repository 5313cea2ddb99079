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
public sealed record PairedDifference(string Baseline, double Difference, double Low, double High);
