namespace Entente.Models.Diplomacy.Summaries;

/// <summary>Sample quantiles of Monte Carlo outputs (specification §12).</summary>
public static class Quantile
{
    /// <summary>
    /// Hyndman and Fan's type 7 (the default of R and NumPy): h = (N − 1)·p on the sorted values, linear
    /// interpolation between the neighbours of h.
    /// </summary>
    /// <param name="values">The sample, in any order; not modified.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    public static double Type7(IReadOnlyCollection<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("An empty sample has no quantiles.", nameof(values));
        }
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability lies in [0, 1].");
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        if (below + 1 >= sorted.Length)
        {
            return sorted[^1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
