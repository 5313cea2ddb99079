using Entente.Models.Diplomacy.Summaries;

namespace Entente.Simulation.Diplomacy;

/// <summary>
/// A quantity compared trial by trial between two variants run with the same seed and trial indices (specification
/// §12): the per-trial differences' mean with a 90% interval for that mean, their 5% and 95% quantiles, and how
/// often the variant is higher or lower. Identical variants give Δ = 0 in every trial.
/// </summary>
/// <param name="Base">The mean over trials of the base.</param>
/// <param name="Variant">The mean over trials of the variant.</param>
/// <param name="Mean">The mean per-trial difference (variant − base).</param>
/// <param name="Low">The 90% interval of that mean (normal approximation on the paired differences), lower end.</param>
/// <param name="High">Its upper end.</param>
/// <param name="P5">5% quantile of the per-trial differences.</param>
/// <param name="P95">95% quantile.</param>
/// <param name="Higher">P(Δ &gt; 0): the share of trials in which the variant is higher.</param>
/// <param name="Lower">P(Δ &lt; 0).</param>
public sealed record PairedDifference(double Base, double Variant, double Mean, double Low, double High, double P5, double P95, double Higher, double Lower)
{
    /// <summary>Whether the interval of the mean difference excludes zero.</summary>
    public bool ExcludesZero => Low > 0 || High < 0;

    /// <summary>Compares <paramref name="variant"/> with <paramref name="baseline"/>, paired by trial index.</summary>
    public static PairedDifference Of(IReadOnlyList<double> baseline, IReadOnlyList<double> variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        if (baseline.Count != variant.Count || baseline.Count == 0)
        {
            throw new ArgumentException("the two runs must have the same, positive number of trials", nameof(variant));
        }
        var n = baseline.Count;
        var diff = new double[n];
        double sumBase = 0, sumVariant = 0, sum = 0;
        for (var i = 0; i < n; i++)
        {
            diff[i] = variant[i] - baseline[i];
            sumBase += baseline[i];
            sumVariant += variant[i];
            sum += diff[i];
        }
        var mean = sum / n;
        var squares = 0.0;
        foreach (var d in diff)
        {
            squares += (d - mean) * (d - mean);
        }
        var half = n > 1 ? WilsonInterval.Z90 * Math.Sqrt(squares / (n - 1) / n) : 0.0;
        return new PairedDifference(sumBase / n, sumVariant / n, mean, mean - half, mean + half,
            Quantile.Type7(diff, 0.05), Quantile.Type7(diff, 0.95), diff.Count(d => d > 0) / (double)n, diff.Count(d => d < 0) / (double)n);
    }
}

/// <summary>An event compared trial by trial: how often it happened in each, and in one only.</summary>
/// <param name="Base">The base's probability over trials.</param>
/// <param name="Variant">The variant's.</param>
/// <param name="OnlyBase">n₁₀: trials in which it happened in the base only.</param>
/// <param name="OnlyVariant">n₀₁: trials in which it happened in the variant only.</param>
/// <param name="Difference">The paired difference of the indicators.</param>
public sealed record PairedEvent(double Base, double Variant, int OnlyBase, int OnlyVariant, PairedDifference Difference)
{
    /// <summary>Compares event indicators paired by trial index.</summary>
    public static PairedEvent Of(IReadOnlyList<bool> baseline, IReadOnlyList<bool> variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        var difference = PairedDifference.Of([.. baseline.Select(b => b ? 1.0 : 0.0)], [.. variant.Select(v => v ? 1.0 : 0.0)]);
        var onlyBase = baseline.Zip(variant).Count(p => p.First && !p.Second);
        var onlyVariant = baseline.Zip(variant).Count(p => !p.First && p.Second);
        return new PairedEvent(difference.Base, difference.Variant, onlyBase, onlyVariant, difference);
    }
}
