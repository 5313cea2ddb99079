namespace Entente.Models.Common;

/// <summary>
/// <see cref="WeightedStatistics"/>' mean and median on plain arrays of one issue's participants (in actor order,
/// saliences on 0-1), with the same operations in the same order, so that they give the same bits: for a sweep's
/// trials, which draw their inputs into reused buffers and have no participant list to hand.
/// </summary>
internal static class WeightedArrays
{
    /// <summary>Σ c·s·x / Σ c·s in actor order; the plain mean when no one has weight (as <see cref="WeightedStatistics.Mean"/>).</summary>
    public static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        double weighted = 0, total = 0;
        for (var p = 0; p < positions.Length; p++)
        {
            var weight = capabilities[p] * saliences[p];
            weighted += weight * positions[p];
            total += weight;
        }
        if (total > 0)
        {
            return weighted / total;
        }
        // Enumerable.Average's own rule: the sum in order from the first value, divided by the count.
        var plain = positions[0];
        for (var p = 1; p < positions.Length; p++)
        {
            plain += positions[p];
        }
        return plain / positions.Length;
    }

    /// <summary>
    /// The first position, in a stable sort by position, whose cumulative weight reaches half the total; every actor
    /// counts one when no one has weight (as <see cref="WeightedStatistics.Median"/>). <paramref name="order"/> is
    /// scratch of the participants' count.
    /// </summary>
    public static double Median(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities, Span<int> order)
    {
        var n = positions.Length;
        double total = 0;
        for (var p = 0; p < n; p++)
        {
            total += capabilities[p] * saliences[p];
        }
        SortByPosition(positions, order);
        var half = (total > 0 ? total : n) / 2.0;
        double cumulative = 0;
        for (var t = 0; t < n; t++)
        {
            var p = order[t];
            cumulative += total > 0 ? capabilities[p] * saliences[p] : 1.0;
            if (cumulative >= half)
            {
                return positions[p];
            }
        }
        return positions[order[n - 1]];
    }

    /// <summary>
    /// Indices 0..n−1 in order of position, equal positions in index order: the order of a stable sort (OrderBy),
    /// by insertion, which allocates nothing and is the fastest sort for the few actors of an issue.
    /// </summary>
    public static void SortByPosition(ReadOnlySpan<double> positions, Span<int> order)
    {
        for (var t = 0; t < positions.Length; t++)
        {
            var x = positions[t];
            var k = t - 1;
            while (k >= 0 && positions[order[k]] > x)
            {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = t;
        }
    }
}
