namespace Entente.Models.Exchange;

/// <summary>
/// The array a run's rounds build their candidates in, the incremental round's other arrays of one entry a
/// candidate, the candidate index's arrays, and the watch on their near gains, kept from one round to the next. At 400 issues a round holds over 200,000 candidates, some 50 MB, and the watch's
/// table 20 MB more: made afresh every round, that memory goes back to the system and comes again page by
/// page, and the collector sweeps it each time. Every candidate the next round builds is written whole, and
/// the watch is reset before it is filled, so what the previous round left is never read.
/// </summary>
internal sealed class CandidateRoom
{
    private ExchangeCandidate[] _candidates = [];
    private bool[] _closed = [];
    private GainKey[] _keys = [];
    private GainKey[] _heap = [];
    private readonly int[][] _ints = [[], [], [], []];

    /// <summary>Which of the candidate index's arrays <see cref="Ints"/> gives: where each key's list starts.</summary>
    public const int IndexStart = 0;

    /// <summary>The candidate index's list lengths.</summary>
    public const int IndexLength = 1;

    /// <summary>The candidate index's visit marks, one a candidate.</summary>
    public const int IndexSeen = 2;

    /// <summary>The candidate index's lists of ids, four a candidate.</summary>
    public const int IndexIds = 3;

    /// <summary>The near-gain watch the run's rounds share (one round at a time).</summary>
    public NearTies Watch { get; } = new();

    /// <summary>An array of at least <paramref name="count"/> candidates, to be overwritten from the start.</summary>
    public ExchangeCandidate[] Take(int count) => AtLeast(ref _candidates, count);

    /// <summary>The incremental round's closed flags for <paramref name="count"/> candidates (to be cleared).</summary>
    public bool[] Closed(int count) => AtLeast(ref _closed, count);

    /// <summary>The incremental round's key of each of <paramref name="count"/> candidates (to be cleared).</summary>
    public GainKey[] Keys(int count) => AtLeast(ref _keys, count);

    /// <summary>Storage for the heap of <paramref name="count"/> candidates' keys, which holds up to twice as many.</summary>
    public GainKey[] Heap(int count) => AtLeast(ref _heap, 2 * count + 16);

    /// <summary>The candidate index's array <paramref name="which"/> (IndexStart …), at least <paramref name="count"/> long, holding what the last round left.</summary>
    public int[] Ints(int which, int count) => AtLeast(ref _ints[which], count);

    private static T[] AtLeast<T>(ref T[] array, int count)
    {
        if (array.Length < count)
        {
            // Rounds differ in their counts by a few per cent; an eighth more spares most regrowing.
            array = new T[count + count / 8];
        }
        return array;
    }
}
