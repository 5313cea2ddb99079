namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A model's frozen split-conformal calibration: the signed residuals (outcome − forecast) of the cases it was
/// calibrated on. A new forecast's distribution is the forecast plus each residual, kept on the scale;
/// its intervals cover the outcome at least at their level when the new issue and the calibration cases are
/// exchangeable (drawn alike: same kind of decision, same coding, same model and options).
/// </summary>
/// <param name="Model">The model (and options) the residuals belong to, as the backtest named its row.</param>
/// <param name="Residuals">Outcome minus forecast, one per calibration case.</param>
public sealed record ConformalCalibration(string Model, IReadOnlyList<double> Residuals)
{
    /// <summary>The predictive sample of <paramref name="forecast"/>, sorted, on the scale [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal double[] Sample(double forecast, double min, double max)
    {
        var sample = Residuals.Select(r => Math.Clamp(forecast + r, min, max)).ToArray();
        Array.Sort(sample);
        return sample;
    }

    /// <summary>The CRPS of <paramref name="outcome"/> under the distribution of <paramref name="forecast"/> (lower is better, on the outcome scale).</summary>
    public double Crps(double forecast, double outcome, double min, double max) =>
        PredictiveSample.Crps(Sample(forecast, min, max), outcome);

    /// <summary>The interval of level <paramref name="level"/> (such as 0.8) around <paramref name="forecast"/>, on the scale.</summary>
    public (double Low, double High) Interval(double forecast, double level, double min, double max) =>
        PredictiveSample.Interval(Sample(forecast, min, max), level, min, max);
}
