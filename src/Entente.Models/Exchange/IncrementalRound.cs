namespace Entente.Models.Exchange;

/// <summary>
/// One round (spec S7) with the same result as <see cref="FullSortRound"/>, bit for bit, without sorting
/// every candidate at every step. While <see cref="NearTies"/> is clear, the full stable sort's result is
/// the order by (gain descending, previous place), which a heap of <see cref="GainKey"/>s keeps as
/// it goes: a step takes the first, brings up to date only the candidates the <see cref="CandidateIndex"/>
/// says it may touch, and puts back those whose gain changed, stamped so that equal gains keep their
/// previous order. Where near-equal gains appear the order is not provable, so the round writes out the
/// list exactly as the full sort left it and takes full-sort steps until a sort leaves no near-equal gains.
/// A step then costs O(t log n) for t touched of n candidates, against O(n log n).
/// </summary>
internal sealed class IncrementalRound
{
    // The round's candidates are the first _count; the array may be longer (a room kept over rounds).
    private readonly ExchangeCandidate[] _all;
    private readonly int _count;
    private readonly Recalculation _recalculation;
    private readonly CandidateIndex _index;
    private readonly bool[] _closed;
    private readonly GainKey[] _key;
    private readonly GainHeap _order;
    private readonly List<ExchangeCandidate> _realised = [];
    // Reused by every step: a round takes thousands of steps.
    private readonly List<int> _touched = [];
    private readonly List<(int Id, GainKey Was)> _moved = [];
    private readonly List<(int Id, GainKey Was)> _shifted = [];
    // One watch for the whole round (the room's, kept over rounds, when there is one): every takeover
    // (Keep) fills it afresh, and only the fast path that a takeover starts reads it.
    private readonly NearTies _near;
    // What the warming pass read, kept so that its loads are not optimised away.
    private int _warmth;
    private int _open;
    private long _first;
    private long _last;

    private IncrementalRound(ExchangeBoard board, ExchangeOptions options, CandidateRoom? room)
    {
        var equalGain = new EqualGain(board, options);
        _recalculation = new Recalculation(board, equalGain, options);
        _all = CandidateList.Build(board, options, equalGain, room, out _count);
        _near = room?.Watch ?? new NearTies();
        _index = new CandidateIndex(_all.AsSpan(0, _count), board.ActorCount, board.IssueCount, room);
        // The room's arrays are longer than the round needs and hold the last round's values: cleared here.
        _closed = room?.Closed(_count) ?? new bool[_count];
        Array.Clear(_closed, 0, _count);
        _key = room?.Keys(_count) ?? new GainKey[_count];
        Array.Clear(_key, 0, _count);
        _order = new GainHeap(_closed, _key, room?.Heap(_count));
    }

    /// <summary>How many steps took the full sort because of near-equal gains (for tests and the bench).</summary>
    public int FullSortSteps { get; private set; }

    /// <summary>The realised exchanges, in realisation order.</summary>
    public static IReadOnlyList<ExchangeCandidate> Run(ExchangeBoard board, ExchangeOptions options, CancellationToken cancellation, CandidateRoom? room = null) =>
        Start(board, options, room).Finish(cancellation);

    /// <summary>A round set up on <paramref name="board"/>, not yet run; its candidates go in <paramref name="room"/> when given.</summary>
    public static IncrementalRound Start(ExchangeBoard board, ExchangeOptions options, CandidateRoom? room = null) => new(board, options, room);

    /// <summary>Runs the round to its end; returns the realised exchanges in realisation order.</summary>
    public IReadOnlyList<ExchangeCandidate> Finish(CancellationToken cancellation)
    {
        List<int>? list = [.. Enumerable.Range(0, _count)];
        while (list is null ? _open > 0 : list.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            if (list is not null)
            {
                if (Keep(list))
                {
                    list = null;
                    continue;
                }
                var sorted = FullSortRound.Sort(_all, list);
                FullSortSteps++;
                // Step reuses the sorted list when it drops an invalid first, so the ids are taken before.
                var before = sorted.ToArray();
                list = FullSortRound.Step(_all, sorted, _recalculation, _realised);
                MarkClosed(before, list);
            }
            else
            {
                list = Step();
            }
        }
        return _realised;
    }

    /// <summary>
    /// Takes over a list, in the order the previous sort (or generation) left it, when the full sort's
    /// order of it is provably the order by (class, place in this list): every candidate valid (an invalid
    /// one would need dropping with the first realisation) and GainOrder transitive on the gains, so that
    /// it is a strict weak order and every stable sort gives that one result. The place in the list is
    /// then the stamp, and the list need not be sorted at all: the heap orders by gain, and among equals
    /// the stamps order as the sorted places would.
    /// </summary>
    private bool Keep(List<int> list)
    {
        var near = _near;
        near.Reset(list.Count);
        // Block by block, the watch's buckets of a block's gains read together first (see Warm): the
        // round starts with hundreds of thousands of gains, one cache miss each.
        const int Block = 256;
        for (var start = 0; start < list.Count; start += Block)
        {
            var end = Math.Min(start + Block, list.Count);
            var sum = 0;
            for (var n = start; n < end; n++)
            {
                sum ^= near.Warm(_all[list[n]].Gain);
            }
            _warmth ^= sum;
            for (var n = start; n < end; n++)
            {
                var id = list[n];
                if (!_all[id].Valid)
                {
                    return false;
                }
                near.Add(_all[id].Gain);
            }
        }
        if (!near.Clear)
        {
            return false;
        }
        var keys = _order.Refill(list.Count);
        for (var n = 0; n < list.Count; n++)
        {
            var id = list[n];
            keys[n] = _key[id] = new GainKey(_all[id].Gain, n, id);
            _closed[id] = false;
        }
        _order.Order();
        _open = list.Count;
        (_first, _last) = (0, list.Count);
        return true;
    }

    /// <summary>
    /// One step on the kept order: realise the first, bring up to date what it touches. Returns null while
    /// the order stays provable, else the list as the full sort's step would have left it.
    /// </summary>
    private List<int>? Step()
    {
        var first = First();
        Remove(first);
        ref readonly var best = ref _all[first.Id];
        var touched = _touched;
        _index.Touching(in best, _closed, touched);
        Warm(touched);
        var moved = _moved;
        moved.Clear();
        foreach (var id in touched)
        {
            ref var candidate = ref _all[id];
            if (!_recalculation.Apply(ref candidate, in best))
            {
                continue;
            }
            moved.Add((id, _key[id]));
        }
        // The watch takes the new gains in the same order as if each were added right after its candidate
        // was brought up to date, but only once their buckets have been read together (see Warm).
        WarmNewGains(moved);
        foreach (var (id, was) in moved)
        {
            if (_all[id].Valid && !Unchanged(id, was))
            {
                _near.Add(_all[id].Gain);
            }
        }
        // The stamps below compare old gains with new ones, so both must be free of chains together.
        var provable = _near.Clear;
        foreach (var (id, was) in moved)
        {
            Remove(was, watched: !Unchanged(id, was));
        }
        DropInvalid(moved);
        // A copy: a realised candidate never changes again.
        _realised.Add(best);
        return provable && _near.Clear ? Restamp(moved) : WriteOut(moved);
    }

    /// <summary>
    /// Reads every touched candidate's cache lines, and its key, before any is brought up to date. The
    /// candidates lie scattered over some 50 MB, and bringing one up to date takes longer than the processor
    /// looks ahead, so read in that loop their misses come one after another; here the loads depend on
    /// nothing, and the processor waits for hundreds of them at once. What is read is only summed.
    /// </summary>
    private void Warm(List<int> touched)
    {
        var sum = 0;
        foreach (var id in touched)
        {
            ref readonly var candidate = ref _all[id];
            // Fields no more than 64 bytes apart from start to end (the gain first, the book's size last).
            sum ^= candidate.Id ^ candidate.I.Actor ^ candidate.I.History.Count ^ candidate.J.Actor
                ^ candidate.J.History.Count ^ candidate.BookSize ^ _key[id].Id;
        }
        // Then the watch's buckets of their old gains, which the step takes out (the keys are read by now).
        foreach (var id in touched)
        {
            sum ^= _near.Warm(_key[id].Gain);
        }
        _warmth ^= sum;
    }

    /// <summary>The watch's buckets of the new gains, read together before the gains go in (see <see cref="Warm"/>).</summary>
    private void WarmNewGains(List<(int Id, GainKey Was)> moved)
    {
        var sum = 0;
        foreach (var (id, _) in moved)
        {
            sum ^= _near.Warm(_all[id].Gain);
        }
        _warmth ^= sum;
    }

    /// <summary>Drops the candidates that became invalid, keeping the others in order (List.RemoveAll without a delegate a step).</summary>
    private void DropInvalid(List<(int Id, GainKey Was)> moved)
    {
        var kept = 0;
        for (var n = 0; n < moved.Count; n++)
        {
            if (_all[moved[n].Id].Valid)
            {
                moved[kept++] = moved[n];
            }
        }
        moved.RemoveRange(kept, moved.Count - kept);
    }

    /// <summary>
    /// Whether a recalculated candidate is still valid with the very gain it had: the watch on near gains
    /// would count it in and out again, so it is left alone (a third or so of those a step recalculates).
    /// </summary>
    private bool Unchanged(int id, GainKey was) => _all[id].Valid && _all[id].Gain == was.Gain;

    /// <summary>
    /// The first of the order: the heap's best gain and those GainOrder calls equal to it (its class: a
    /// near pair at most), of which the lowest stamp (the earliest previous place) comes first.
    /// </summary>
    private GainKey First()
    {
        var first = _order.PopCurrent();
        var gain = first.Gain;
        List<GainKey>? others = null;
        while (_order.PeekCurrent() is { } next && GainOrder.Instance.Compare(next.Gain, gain) == 0)
        {
            _order.PopCurrent();
            others ??= [];
            if (next.Stamp < first.Stamp)
            {
                (first, next) = (next, first);
            }
            others.Add(next);
        }
        foreach (var key in others ?? [])
        {
            _order.Push(key);
        }
        return first;
    }

    /// <summary>The kept order on keys of one moment: class (GainOrder) descending, then stamp.</summary>
    private static int InOrder(GainKey x, GainKey y)
    {
        var byClass = GainOrder.Instance.Compare(y.Gain, x.Gain);
        return byClass != 0 ? byClass : x.Stamp.CompareTo(y.Stamp);
    }

    /// <summary>
    /// Puts back the candidates whose gain changed. The full sort would place one among its new equals by
    /// its previous place: before them all if its class fell (it stood above them), after them all if it
    /// rose, and among them as before if it stayed. Fresh stamps below or above every stamp given so far do
    /// that, handed out in previous order so that moved candidates keep it among themselves.
    /// </summary>
    private List<int>? Restamp(List<(int Id, GainKey Was)> moved)
    {
        // Only those whose class changed need the previous order among themselves.
        var shifted = _shifted;
        shifted.Clear();
        foreach (var (id, was) in moved)
        {
            var gain = _all[id].Gain;
            var change = GainOrder.Instance.Compare(gain, was.Gain);
            if (change != 0)
            {
                shifted.Add((id, was));
            }
            else if (gain == was.Gain)
            {
                // Its key is still in the heap.
                Reopen(id);
            }
            else
            {
                Insert(id, was.Stamp);
            }
        }
        shifted.Sort(static (x, y) => InOrder(x.Was, y.Was));
        foreach (var (id, was) in shifted)
        {
            if (GainOrder.Instance.Compare(_all[id].Gain, was.Gain) > 0)
            {
                Insert(id, _last++);
            }
        }
        for (var n = shifted.Count - 1; n >= 0; n--)
        {
            var (id, was) = shifted[n];
            if (GainOrder.Instance.Compare(_all[id].Gain, was.Gain) < 0)
            {
                Insert(id, --_first);
            }
        }
        _order.Compact(_open);
        return null;
    }

    /// <summary>
    /// The open candidates in the order the full sort's step leaves them: the kept order of those that did
    /// not change, with the changed ones back at their previous places. All keys are of the moment before
    /// the step, when GainOrder was transitive, so one sort by class and stamp puts them in that order.
    /// </summary>
    private List<int> WriteOut(List<(int Id, GainKey Was)> moved)
    {
        var keys = _order.Current().Concat(moved.Select(m => m.Was)).ToList();
        keys.Sort(InOrder);
        foreach (var (id, _) in moved)
        {
            _closed[id] = false;
        }
        _order.Clear();
        _open = 0;
        return [.. keys.Select(k => k.Id)];
    }

    private void Insert(int id, long stamp)
    {
        var key = new GainKey(_all[id].Gain, stamp, id);
        _key[id] = key;
        _order.Push(key);
        Reopen(id);
    }

    private void Reopen(int id)
    {
        _closed[id] = false;
        _open++;
    }

    /// <summary>Takes a candidate out of the kept order for good or until it is put back (its key stays in the heap, outdated).</summary>
    private void Remove(GainKey key, bool watched = true)
    {
        if (watched)
        {
            _near.Remove(key.Gain);
        }
        _closed[key.Id] = true;
        _open--;
    }

    /// <summary>After a full-sort step: whatever left the list (realised or dropped) is closed for the index.</summary>
    private void MarkClosed(int[] before, List<int> after)
    {
        foreach (var id in before)
        {
            _closed[id] = true;
        }
        foreach (var id in after)
        {
            _closed[id] = false;
        }
    }
}
