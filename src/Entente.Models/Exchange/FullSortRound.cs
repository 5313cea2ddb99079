namespace Entente.Models.Exchange;

/// <summary>
/// One round as spec S7 states it, the reference the incremental round must equal: every step sorts all
/// open candidates and offers the realised exchange to each of them, so a round costs O(steps · n log n)
/// for n candidates. <see cref="IncrementalRound"/> falls back to <see cref="Step"/> wherever its own
/// order is not provably the same as this sort's. The open candidates are a list of ids into the round's
/// array of candidates, which is where they are brought up to date.
/// </summary>
internal static class FullSortRound
{
    /// <summary>The realised exchanges, in realisation order.</summary>
    public static IReadOnlyList<ExchangeCandidate> Run(ExchangeBoard board, ExchangeOptions options, CancellationToken cancellation)
    {
        var equalGain = new EqualGain(board, options);
        var recalculation = new Recalculation(board, equalGain, options);
        var all = CandidateList.Build(board, options, equalGain, room: null, out var count);
        var open = Enumerable.Range(0, count).ToList();
        var realised = new List<ExchangeCandidate>();
        while (open.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            open = Step(all, Sort(all, open), recalculation, realised);
        }
        return realised;
    }

    /// <summary>
    /// The stable sort by gain, best first. OrderByDescending is stable: equal gains keep the order the
    /// previous sort left them in. GainOrder is not transitive, so where near-equal gains chain, the
    /// result is whatever this sort algorithm makes of them; only this call reproduces it.
    /// </summary>
    public static List<int> Sort(ExchangeCandidate[] all, List<int> open) =>
        [.. open.OrderByDescending(id => all[id].Gain, GainOrder.Instance)];

    /// <summary>
    /// Takes the first of the sorted candidates; when it is valid, realises it (a copy goes into
    /// <paramref name="realised"/>: it never changes again) and returns the other valid candidates brought
    /// up to date, in the same order; when not, returns the rest as they are.
    /// </summary>
    public static List<int> Step(ExchangeCandidate[] all, List<int> open, Recalculation recalculation, List<ExchangeCandidate> realised)
    {
        ref readonly var best = ref all[open[0]];
        open.RemoveAt(0);
        if (!best.Valid)
        {
            return open;
        }
        var still = new List<int>(open.Count);
        foreach (var id in open)
        {
            ref var candidate = ref all[id];
            if (!candidate.Valid)
            {
                continue;
            }
            recalculation.Apply(ref candidate, in best);
            if (candidate.Valid)
            {
                still.Add(id);
            }
        }
        realised.Add(best);
        return still;
    }
}
