namespace Entente.Models.Exchange;

/// <summary>
/// One round (spec S7): realise the best candidate, update every other candidate it touches, drop those
/// no longer possible, and repeat until none is left. The incremental round is the one used; the full
/// sort of the spec stays as the reference it is tested and timed against.
/// </summary>
internal static class ExchangeRound
{
    /// <summary>
    /// The realised exchanges, in realisation order; <paramref name="fullSort"/> takes the reference path.
    /// The incremental round builds its candidates in <paramref name="room"/> when given, one kept over a run's rounds.
    /// </summary>
    public static IReadOnlyList<ExchangeCandidate> Run(ExchangeBoard board, ExchangeOptions options, CancellationToken cancellation, bool fullSort = false, CandidateRoom? room = null) =>
        fullSort ? FullSortRound.Run(board, options, cancellation) : IncrementalRound.Run(board, options, cancellation, room);
}
