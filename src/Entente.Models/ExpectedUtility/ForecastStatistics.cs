namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The c·s-weighted mean and median on plain arrays, with exactly the rules of
/// <see cref="Common.WeightedStatistics"/> (sums in input order, first sorted position whose cumulative
/// weight reaches half, equal weights when the total is zero), so that round 0 and later rounds agree.
/// </summary>
internal static class ForecastStatistics
{
    public static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        double weighted = 0, total = 0, plain = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            weighted += weights[i] * positions[i];
            total += weights[i];
            plain += positions[i];
        }
        return total > 0 ? weighted / total : plain / positions.Length;
    }

    /// <param name="sortedPositions">Positions in sorted order.</param>
    /// <param name="sortedWeights">Their weights, in the same order.</param>
    /// <param name="inputWeights">The weights in input order, summed as the baseline models sum them.</param>
    public static double MedianOfSorted(ReadOnlySpan<double> sortedPositions, ReadOnlySpan<double> sortedWeights, ReadOnlySpan<double> inputWeights)
    {
        double total = 0;
        foreach (var w in inputWeights)
        {
            total += w;
        }
        var half = (total > 0 ? total : sortedPositions.Length) / 2.0;
        double cumulative = 0;
        for (var t = 0; t < sortedPositions.Length; t++)
        {
            cumulative += total > 0 ? sortedWeights[t] : 1.0;
            if (cumulative >= half)
            {
                return sortedPositions[t];
            }
        }
        return sortedPositions[^1];
    }
}
