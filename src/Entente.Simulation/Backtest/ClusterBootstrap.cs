using Entente.Models.Common;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Percentile bootstrap of a mean absolute error that resamples whole proposals, not issues: issues of one
/// proposal are coded by the same experts and settled in one package, so their errors are correlated and
/// an issue bootstrap would give intervals too narrow. Replicate b draws from stream (seed, b).
/// </summary>
internal static class ClusterBootstrap
{
    /// <summary>Replicates used unless told otherwise.</summary>
    public const int DefaultReplicates = 2000;

    /// <summary>The 2.5% and 97.5% percentiles of the MAE over <paramref name="replicates"/> resamples of the groups.</summary>
    public static (double Low, double High) Interval(IReadOnlyList<(string Group, double Error)> errors, ulong seed, int replicates = DefaultReplicates)
    {
        var maes = Means(errors, seed, replicates);
        return maes.Length == 0 ? (double.NaN, double.NaN) : (Percentile(maes, 0.025), Percentile(maes, 0.975));
    }

    /// <summary>The standard deviation of the replicates' means: the bootstrap standard error of the mean.</summary>
    public static double StandardError(IReadOnlyList<(string Group, double Error)> errors, ulong seed, int replicates = DefaultReplicates)
    {
        var means = Means(errors, seed, replicates);
        if (means.Length < 2)
        {
            return double.NaN;
        }
        var mean = means.Average();
        return Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (means.Length - 1));
    }

    /// <summary>The mean of each of <paramref name="replicates"/> resamples of the groups, sorted (empty for no errors).</summary>
    public static double[] Means(IReadOnlyList<(string Group, double Error)> errors, ulong seed, int replicates = DefaultReplicates)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicates);
        if (errors.Count == 0)
        {
            return [];
        }
        var groups = errors.GroupBy(e => e.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Sum: g.Sum(e => e.Error), Count: g.Count()))
            .ToArray();
        var maes = new double[replicates];
        for (var b = 0; b < replicates; b++)
        {
            var random = new CounterRandom(seed, (ulong)b);
            double sum = 0;
            long count = 0;
            for (var i = 0; i < groups.Length; i++)
            {
                var g = groups[random.NextInt(groups.Length)];
                sum += g.Sum;
                count += g.Count;
            }
            maes[b] = sum / count;
        }
        Array.Sort(maes);
        return maes;
    }

    /// <summary>Linear interpolation between order statistics (type 7, the R and NumPy default).</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
