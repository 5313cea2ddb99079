namespace Entente.Models.Diplomacy.Summaries;

/// <summary>
/// The Wilson score interval for a Monte Carlo probability (specification §12). Unlike the normal
/// approximation it stays inside [0, 1] and is sensible at 0 or N hits, which escalation counts often are.
/// </summary>
public static class WilsonInterval
{
    /// <summary>z of a two-sided 90% interval, Φ⁻¹(0.95).</summary>
    public const double Z90 = 1.6448536269514722;

    /// <summary>
    /// (centre ∓ half) / (1 + z²/n) with centre = p̂ + z²/(2n), half = z·√(p̂(1−p̂)/n + z²/(4n²)), clamped to
    /// [0, 1]; (0, 1) when there are no trials.
    /// </summary>
    /// <param name="successes">k, the trials in which the event happened.</param>
    /// <param name="trials">n.</param>
    /// <param name="z">The normal quantile (default: 90%).</param>
    public static (double Lower, double Upper) Of(int successes, int trials, double z = Z90)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return (0.0, 1.0);
        }
        // In double throughout: n² overflows int from n = 46 341.
        double n = trials;
        var share = successes / n;
        var shrink = 1 + z * z / n;
        var centre = (share + z * z / (2 * n)) / shrink;
        var half = z * Math.Sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / shrink;
        // With no hits (or all) the bound is 0 (or 1) exactly; centre − half only reaches it up to rounding.
        return (successes == 0 ? 0.0 : Math.Max(0.0, centre - half), successes == trials ? 1.0 : Math.Min(1.0, centre + half));
    }
}
