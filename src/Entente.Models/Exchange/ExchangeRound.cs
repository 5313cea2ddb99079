namespace Entente.Models.Exchange;

/// <summary>
/// One round (spec S7): realise the best candidate, update every other candidate it touches, drop those
/// no longer possible, and repeat until none is left.
/// </summary>
internal static class ExchangeRound
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
            // OrderByDescending is stable: equal gains keep the order the previous sort left them in.
            open = [.. open.OrderByDescending(c => c.Gain, GainOrder.Instance)];
            var best = open[0];
            open.RemoveAt(0);
            if (!best.Valid)
            {
                continue;
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
            open = still;
            realised.Add(best);
        }
        return realised;
    }
}
