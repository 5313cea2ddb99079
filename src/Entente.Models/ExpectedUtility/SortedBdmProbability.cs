namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm probability from sorted positions and prefix sums. Under linear votes a voter k on i's side
/// of the midpoint m = (x_i + x_j)/2 adds w_k·|x_i − x_j| when it stands beyond x_i and 2·w_k·|m − x_k|
/// when it stands between x_i and m, so each side's total is a few prefix-sum differences once the
/// midpoint's slot is known. Those slots come from <see cref="MidpointRow"/>, carried from one receiver to the
/// next: a row costs O(n) and a round O(n²) after the O(n log n) sort. Δ cancels in the ratio and is left out.
/// </summary>
internal sealed class SortedBdmProbability : IWinProbability
{
    private SortedPositions? _sorted;
    private readonly MidpointRow _mids = new();

    public void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta)
    {
        _sorted = sorted;
        _mids.Reset();
    }

    public void FillRow(int receiverSlot, Span<double> wins, Span<double> losses)
    {
        FillVotes(receiverSlot, wins, losses);
        var s = _sorted!;
        var first = s.BlockStart[receiverSlot];
        var afterLast = s.BlockEnd[receiverSlot];
        for (var t = 0; t < first; t++)
        {
            Split(wins[t], losses[t], out wins[t], out losses[t]);
        }
        for (var t = afterLast; t < wins.Length; t++)
        {
            Split(wins[t], losses[t], out wins[t], out losses[t]);
        }
    }

    /// <summary>
    /// The raw vote totals behind a row, before the ratio: for i's position into <paramref name="forReceiver"/>[t]
    /// and for j's into <paramref name="forProposer"/>[t] (Δ left out; 0 for both where x_i = x_j). They may be a
    /// hair below zero from rounding. The fused offer pass takes the ratio itself, several lanes at a time.
    /// </summary>
    public void FillVotes(int receiverSlot, Span<double> forReceiver, Span<double> forProposer)
    {
        var wins = forReceiver;
        var losses = forProposer;
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
        var mids = _mids.For(s, xi);
        for (var t = afterLast; t < n; t++)
        {
            var xj = x[t];
            var length = xj - xi;
            var m = 0.5 * (xi + xj);
            var mid = mids[t];
            var j0 = s.BlockStart[t];
            var forI = length * w[afterLast] + 2 * (m * (w[mid] - w[afterLast]) - (wx[mid] - wx[afterLast]));
            var forJ = length * (total - w[j0]) + 2 * ((wx[j0] - wx[mid]) - m * (w[j0] - w[mid]));
            wins[t] = forI;
            losses[t] = forJ;
        }

        // j to the left of i: the mirror image.
        for (var t = first - 1; t >= 0; t--)
        {
            var xj = x[t];
            var length = xi - xj;
            var m = 0.5 * (xi + xj);
            var mid = mids[t];
            var j1 = s.BlockEnd[t];
            var forI = length * (total - w[first]) + 2 * ((wx[first] - wx[mid]) - m * (w[first] - w[mid]));
            var forJ = length * w[j1] + 2 * (m * (w[mid] - w[j1]) - (wx[mid] - wx[j1]));
            wins[t] = forI;
            losses[t] = forJ;
        }
    }

    internal static void Split(double forI, double forJ, out double win, out double loss)
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
