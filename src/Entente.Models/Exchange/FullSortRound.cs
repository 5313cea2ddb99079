namespace Entente.Models.Exchange;

/// <summary>
/// One round as spec S7 states it, the reference the incremental round must equal: every step sorts all
/// open candidates and offers the realised exchange to each of them, so a round costs O(steps · n log n)
/// for n candidates. <see cref="IncrementalRound"/> falls back to <see cref="Step"/> wherever its own
/// order is not provably the same as this sort's.
/// </summary>
internal static class FullSortRound
{
    /// <summary>The realised exchanges, in realisation order.</summary>
    public static IReadOnlyList<ExchangeCandidate> Run(ExchangeBoard board, ExchangeOptions options, CancellationToken cancellation)
    {
        var equalGain = new EqualGain(board, options);
        var recalculation = new Recalculation(equalGain, options);
        var open = CandidateList.Build(board, options, equalGain);
        var realised = new List<ExchangeCandidate>();
        while (open.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            open = Step(Sort(open), recalculation, realised);
        }
        return realised;
    }

    /// <summary>
    /// The stable sort by gain, best first. OrderByDescending is stable: equal gains keep the order the
    /// previous sort left them in. GainOrder is not transitive, so where near-equal gains chain, the
    /// result is whatever this sort algorithm makes of them; only this call reproduces it.
    /// </summary>
    public static List<ExchangeCandidate> Sort(List<ExchangeCandidate> open) =>
        [.. open.OrderByDescending(c => c.Gain, GainOrder.Instance)];

    /// <summary>
    /// Takes the first of the sorted candidates; when it is valid, realises it and returns the other valid
    /// candidates brought up to date, in the same order; when not, returns the rest as they are.
    /// </summary>
    public static List<ExchangeCandidate> Step(List<ExchangeCandidate> open, Recalculation recalculation, List<ExchangeCandidate> realised)
    {
        var best = open[0];
        open.RemoveAt(0);
        if (!best.Valid)
        {
            return open;
        }
        var still = new List<ExchangeCandidate>(open.Count);
        foreach (var candidate in open)
        {
            if (!candidate.Valid)
            {
                continue;
            }
            recalculation.Apply(candidate, best);
            if (candidate.Valid)
            {
                still.Add(candidate);
            }
        }
        realised.Add(best);
        return still;
    }
}
