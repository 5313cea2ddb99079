namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm probability from sorted positions and prefix sums. Under linear votes a voter k on i's side
/// of the midpoint m = (x_i + x_j)/2 adds w_k·|x_i − x_j| when it stands beyond x_i and 2·w_k·|m − x_k|
/// when it stands between x_i and m, so each side's total is a few prefix-sum differences. Sweeping j
/// outward from i moves the midpoint one way, so the midpoint's slot is a pointer, not a search: a row
/// costs O(n) and a round O(n²) after the O(n log n) sort. Δ cancels in the ratio and is left out.
/// </summary>
internal sealed class SortedBdmProbability : IWinProbability
{
    private SortedPositions? _sorted;

    public void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta) => _sorted = sorted;

    public void FillRow(int receiverSlot, Span<double> wins, Span<double> losses)
    {
        var s = _sorted ?? throw new InvalidOperationException("Prepare the round first.");
        var x = s.Position.AsSpan();
        var w = s.WeightBefore.AsSpan();
        var wx = s.MomentBefore.AsSpan();
        var total = s.TotalWeight;
        var n = x.Length;
        var xi = x[receiverSlot];
        var first = s.BlockStart[receiverSlot];
        var afterLast = s.BlockEnd[receiverSlot];

        for (var t = first; t < afterLast; t++)
        {
            wins[t] = 0;
            losses[t] = 0;
        }

        // j to the right of i: i's voters stand at or left of x_i, or between x_i and m.
        var mid = afterLast;
        for (var t = afterLast; t < n; t++)
        {
            var xj = x[t];
            var length = xj - xi;
            var m = 0.5 * (xi + xj);
            while (mid < n && x[mid] < m)
            {
                mid++;
            }
            var j0 = s.BlockStart[t];
            var forI = length * w[afterLast] + 2 * (m * (w[mid] - w[afterLast]) - (wx[mid] - wx[afterLast]));
            var forJ = length * (total - w[j0]) + 2 * ((wx[j0] - wx[mid]) - m * (w[j0] - w[mid]));
            Split(forI, forJ, out wins[t], out losses[t]);
        }

        // j to the left of i: the mirror image, sweeping leftward so the midpoint falls.
        mid = first;
        for (var t = first - 1; t >= 0; t--)
        {
            var xj = x[t];
            var length = xi - xj;
            var m = 0.5 * (xi + xj);
            while (mid > 0 && x[mid - 1] >= m)
            {
                mid--;
            }
            var j1 = s.BlockEnd[t];
            var forI = length * (total - w[first]) + 2 * ((wx[first] - wx[mid]) - m * (w[first] - w[mid]));
            var forJ = length * w[j1] + 2 * (m * (w[mid] - w[j1]) - (wx[mid] - wx[j1]));
            Split(forI, forJ, out wins[t], out losses[t]);
        }
    }

    private static void Split(double forI, double forJ, out double win, out double loss)
    {
        // Rounding in the prefix differences can leave a side a hair below zero; no side has negative votes.
        forI = Math.Max(0, forI);
        forJ = Math.Max(0, forJ);
        var all = forI + forJ;
        if (all > 0)
        {
            win = forI / all;
            loss = forJ / all;
        }
        else
        {
            win = 0.5;
            loss = 0.5;
        }
    }
}
