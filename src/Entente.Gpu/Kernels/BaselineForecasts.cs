using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// The compromise and median forecasts of one issue on the device, with the CPU's operations in the CPU's order
/// (WeightedStatistics: weights c·s, sums in actor order, the median of a stable sort by position), so they give
/// the same bits.
/// </summary>
internal static class BaselineForecasts
{
    /// <summary>Σ c·s·x / Σ c·s; the plain mean when no one has weight.</summary>
    public static double Mean(int n, ThreadArray<double> position, ThreadArray<double> salience, ThreadArray<double> capability)
    {
        double weighted = 0, total = 0, plain = 0;
        for (var p = 0; p < n; p++)
        {
            var weight = capability[p] * salience[p];
            weighted += weight * position[p];
            total += weight;
            plain += position[p];
        }
        return total > 0 ? weighted / total : plain / n;
    }

    /// <summary>
    /// The first position, in a stable sort by position, whose cumulative weight reaches half the total; every
    /// actor counts one when no one has weight. <paramref name="order"/> is scratch of n.
    /// </summary>
    public static double Median(int n, ThreadArray<double> position, ThreadArray<double> salience, ThreadArray<double> capability, ThreadArray<int> order)
    {
        double total = 0;
        for (var p = 0; p < n; p++)
        {
            total += capability[p] * salience[p];
        }
        SortByPosition(n, position, order);
        var half = (total > 0 ? total : n) / 2.0;
        double cumulative = 0;
        for (var t = 0; t < n; t++)
        {
            var p = order[t];
            cumulative += total > 0 ? capability[p] * salience[p] : 1.0;
            if (cumulative >= half)
            {
                return position[p];
            }
        }
        return position[order[n - 1]];
    }

    /// <summary>Indices 0..n−1 in order of position, equal positions in index order (insertion sort: stable, no memory).</summary>
    public static void SortByPosition(int n, ThreadArray<double> position, ThreadArray<int> order)
    {
        for (var t = 0; t < n; t++)
        {
            var p = order[t] = t;
            var x = position[p];
            var k = t - 1;
            while (k >= 0 && position[order[k]] > x)
            {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = p;
        }
    }
}
