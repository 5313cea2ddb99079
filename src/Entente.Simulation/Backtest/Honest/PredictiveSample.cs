namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A forecast's predictive distribution as a sample of equally likely values (a conformal forecast: the point
/// forecast shifted by each calibration residual), and the scores of an outcome against it.
/// </summary>
internal static class PredictiveSample
{
    /// <summary>The interval levels every backtest reports.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.5, 0.8, 0.95];

    /// <summary>
    /// The continuous ranked probability score of <paramref name="outcome"/> under the empirical distribution of
    /// <paramref name="sorted"/> (ascending): E|X − y| − ½E|X − X′|, the energy form, exact for a sample. With one
    /// value it is the absolute error, so CRPS and MAE share a scale.
    /// </summary>
    public static double Crps(double[] sorted, double outcome)
    {
        var n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }
        double toOutcome = 0, spread = 0;
        for (var k = 0; k < n; k++)
        {
            toOutcome += Math.Abs(sorted[k] - outcome);
            // Σ_k Σ_l |x_k − x_l| = 2 Σ_k (2k − n + 1) x_(k) for 0-based k over the sorted sample.
            spread += (2.0 * k - n + 1) * sorted[k];
        }
        return toOutcome / n - spread / ((double)n * n);
    }

    /// <summary>
    /// The conformal interval of level <paramref name="level"/>: the ⌊(α/2)(n+1)⌋-th and ⌈(1−α/2)(n+1)⌉-th smallest
    /// of the sample (α = 1 − level), each tail taken on its own so a skewed residual distribution gives a skewed
    /// interval. Where n is too small for a rank, the scale's end stands in: the interval must not claim more
    /// than the calibration can support. Exchangeable cases give coverage of at least <paramref name="level"/>.
    /// </summary>
    public static (double Low, double High) Interval(double[] sorted, double level, double min, double max)
    {
        var n = sorted.Length;
        var alpha = 1 - level;
        var lowRank = (int)Math.Floor(alpha / 2 * (n + 1) + 1e-9);
        var highRank = (int)Math.Ceiling((1 - alpha / 2) * (n + 1) - 1e-9);
        var low = lowRank >= 1 ? sorted[lowRank - 1] : min;
        var high = highRank <= n ? sorted[highRank - 1] : max;
        return (Math.Max(low, min), Math.Min(high, max));
    }
}
