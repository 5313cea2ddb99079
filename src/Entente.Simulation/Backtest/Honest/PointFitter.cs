namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A point forecaster that may learn from outcomes: given the cases it may read (training, by index), it
/// forecasts every case. A model with nothing to fit ignores the training cases.
/// </summary>
internal abstract class PointFitter
{
    /// <summary>Whether the forecasts never depend on the training cases (nothing is fitted).</summary>
    public virtual bool Fixed => false;

    /// <summary>Fits on <paramref name="training"/> (indices into the cases) and forecasts every case (null: abstains).</summary>
    public abstract Fitted Fit(IReadOnlyList<int> training);
}

/// <summary>What a fit gives: every case's forecast, what was chosen, and, when the fit ran its own inner folds, their out-of-fold forecasts.</summary>
/// <param name="Forecasts">Per case, the forecast of the model fitted on the training cases.</param>
/// <param name="Choice">What the fit chose, in words (such as the penalty or the candidate).</param>
/// <param name="Calibration">The inner folds' models, whose residuals calibrate a CV+ interval; null when the fit had none.</param>
/// <param name="Detail">What was fitted under the choice (such as the multipliers), when there is more to say.</param>
internal sealed record Fitted(double?[] Forecasts, string Choice, FoldModels? Calibration = null, string? Detail = null);

/// <summary>
/// Models fitted without some of the training cases, for CV+: <paramref name="Forecasts"/>[m] forecasts every case
/// from model m, and <paramref name="ModelOf"/>[j] is the model that did not see case j (−1: j calibrates nothing).
/// </summary>
internal sealed record FoldModels(double?[][] Forecasts, int[] ModelOf);

/// <summary>A model with nothing to fit: the same forecasts whatever the training cases.</summary>
internal sealed class FixedFitter(double?[] forecasts) : PointFitter
{
    public override bool Fixed => true;

    public override Fitted Fit(IReadOnlyList<int> training) => new(forecasts, "nothing fitted");
}

/// <summary>A grid of candidates, each with its forecasts of every case: the fit is the candidate with the least MAE on the training cases (ties: the earlier).</summary>
internal sealed class GridFitter(IReadOnlyList<string> names, IReadOnlyList<double?[]> forecasts, IReadOnlyList<double> outcomes) : PointFitter
{
    public override Fitted Fit(IReadOnlyList<int> training)
    {
        var best = 0;
        var bestMae = double.PositiveInfinity;
        for (var k = 0; k < forecasts.Count; k++)
        {
            var mae = Mae(forecasts[k], training, outcomes);
            if (mae < bestMae)
            {
                bestMae = mae;
                best = k;
            }
        }
        return new(forecasts[best], names[best]);
    }

    /// <summary>MAE of <paramref name="forecasts"/> on <paramref name="cases"/>; an abstention makes it NaN, so such a candidate is never chosen.</summary>
    public static double Mae(double?[] forecasts, IReadOnlyList<int> cases, IReadOnlyList<double> outcomes)
    {
        if (cases.Count == 0)
        {
            return double.PositiveInfinity;
        }
        double sum = 0;
        foreach (var i in cases)
        {
            sum += forecasts[i] is { } f ? Math.Abs(f - outcomes[i]) : double.NaN;
        }
        return sum / cases.Count;
    }
}
