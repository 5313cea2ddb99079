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
    private readonly IReadOnlyList<ExchangeCandidate> _all;
    private readonly Recalculation _recalculation;
    private readonly CandidateIndex _index;
    private readonly bool[] _closed;
    private readonly GainKey[] _key;
    private readonly GainHeap _order;
    private readonly List<ExchangeCandidate> _realised = [];
    private NearTies _near = new();
    private int _open;
    private long _first;
    private long _last;

    private IncrementalRound(ExchangeBoard board, ExchangeOptions options)
    {
        var equalGain = new EqualGain(board, options);
        _recalculation = new Recalculation(equalGain, options);
        _all = CandidateList.Build(board, options, equalGain);
        _index = new CandidateIndex(_all, board.ActorCount, board.IssueCount);
        _closed = new bool[_all.Count];
        _key = new GainKey[_all.Count];
        _order = new GainHeap(key => !_closed[key.Id] && _key[key.Id].Stamp == key.Stamp);
    }

    /// <summary>How many steps took the full sort because of near-equal gains (for tests and the bench).</summary>
    public int FullSortSteps { get; private set; }

    /// <summary>The realised exchanges, in realisation order.</summary>
    public static IReadOnlyList<ExchangeCandidate> Run(ExchangeBoard board, ExchangeOptions options, CancellationToken cancellation) =>
        Start(board, options).Finish(cancellation);

    /// <summary>A round set up on <paramref name="board"/>, not yet run.</summary>
    public static IncrementalRound Start(ExchangeBoard board, ExchangeOptions options) => new(board, options);

    /// <summary>Runs the round to its end; returns the realised exchanges in realisation order.</summary>
    public IReadOnlyList<ExchangeCandidate> Finish(CancellationToken cancellation)
    {
        List<ExchangeCandidate>? list = [.. _all];
        while (list is null ? _open > 0 : list.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            if (list is not null)
            {
                var sorted = FullSortRound.Sort(list);
                if (Keep(sorted))
                {
                    list = null;
                    continue;
                }
                FullSortSteps++;
                // Step reuses the sorted list when it drops an invalid first, so the ids are taken before.
                var before = sorted.Select(c => c.Id).ToArray();
                list = FullSortRound.Step(sorted, _recalculation, _realised);
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
    /// Takes over a list the full sort has just ordered when that order is provably its own: every
    /// candidate valid (an invalid one would need dropping with the first realisation), gains not rising
    /// along it, and no two different gains near each other.
    /// </summary>
    private bool Keep(List<ExchangeCandidate> sorted)
    {
        for (var n = 0; n < sorted.Count; n++)
        {
            var gain = sorted[n].Gain;
            if (!sorted[n].Valid || !NearTies.Ordinary(gain))
            {
                return false;
            }
            if (n > 0 && sorted[n - 1].Gain != gain && (sorted[n - 1].Gain < gain || NearTies.Near(sorted[n - 1].Gain, gain)))
            {
                return false;
            }
        }
        _order.Clear();
        _open = 0;
        _near = new NearTies();
        for (var n = 0; n < sorted.Count; n++)
        {
            Place(sorted[n], n);
        }
        (_first, _last) = (0, sorted.Count);
        return true;
    }

    /// <summary>
    /// One step on the kept order: realise the first, bring up to date what it touches. Returns null while
    /// the order stays provable, else the list as the full sort's step would have left it.
    /// </summary>
    private List<ExchangeCandidate>? Step()
    {
        var top = _order.PopCurrent();
        Remove(top);
        var best = _all[top.Id];
        var touched = new List<int>();
        _index.Touching(best, _closed, touched);
        var moved = new List<(ExchangeCandidate Candidate, GainKey Was)>();
        foreach (var id in touched)
        {
            var candidate = _all[id];
            if (!_recalculation.Apply(candidate, best))
            {
                continue;
            }
            var was = _key[id];
            Remove(was);
            if (candidate.Valid)
            {
                moved.Add((candidate, was));
                _near.Add(candidate.Gain);
            }
        }
        _realised.Add(best);
        moved.Sort((x, y) => x.Was.CompareTo(y.Was));
        return _near.Clear ? Restamp(moved) : WriteOut(moved);
    }

    /// <summary>
    /// Puts back the candidates whose gain changed. The full sort would place one among its new equals by
    /// its previous place: before them all if its gain fell (it stood above them), after them all if it
    /// rose, and among them as before if it did not change. Fresh stamps below or above every stamp given
    /// so far do that, handed out in previous order so that moved candidates keep it among themselves.
    /// </summary>
    private List<ExchangeCandidate>? Restamp(List<(ExchangeCandidate Candidate, GainKey Was)> moved)
    {
        foreach (var (candidate, was) in moved)
        {
            if (candidate.Gain > was.Gain)
            {
                Insert(candidate, _last++);
            }
            else if (candidate.Gain == was.Gain)
            {
                // Its key is still in the heap.
                Reopen(candidate.Id);
            }
        }
        for (var n = moved.Count - 1; n >= 0; n--)
        {
            var (candidate, was) = moved[n];
            if (candidate.Gain < was.Gain)
            {
                Insert(candidate, --_first);
            }
        }
        _order.Compact(_open);
        return null;
    }

    /// <summary>
    /// The open candidates in the order the full sort's step leaves them: the kept order of those that did
    /// not change, with the changed ones back at their previous places.
    /// </summary>
    private List<ExchangeCandidate> WriteOut(List<(ExchangeCandidate Candidate, GainKey Was)> moved)
    {
        var list = new List<ExchangeCandidate>(_open + moved.Count);
        var m = 0;
        foreach (var key in _order.Current().Order())
        {
            while (m < moved.Count && moved[m].Was.CompareTo(key) < 0)
            {
                list.Add(moved[m++].Candidate);
            }
            list.Add(_all[key.Id]);
        }
        while (m < moved.Count)
        {
            list.Add(moved[m++].Candidate);
        }
        foreach (var (candidate, _) in moved)
        {
            _closed[candidate.Id] = false;
        }
        _order.Clear();
        _open = 0;
        return list;
    }

    private void Insert(ExchangeCandidate candidate, long stamp)
    {
        var key = new GainKey(candidate.Gain, stamp, candidate.Id);
        _key[candidate.Id] = key;
        _order.Push(key);
        Reopen(candidate.Id);
    }

    private void Reopen(int id)
    {
        _closed[id] = false;
        _open++;
    }

    private void Place(ExchangeCandidate candidate, long stamp)
    {
        Insert(candidate, stamp);
        _near.Add(candidate.Gain);
    }

    /// <summary>Takes a candidate out of the kept order for good or until it is put back (its key stays in the heap, outdated).</summary>
    private void Remove(GainKey key)
    {
        _near.Remove(key.Gain);
        _closed[key.Id] = true;
        _open--;
    }

    /// <summary>After a full-sort step: whatever left the list (realised or dropped) is closed for the index.</summary>
    private void MarkClosed(int[] before, List<ExchangeCandidate> after)
    {
        foreach (var id in before)
        {
            _closed[id] = true;
        }
        foreach (var c in after)
        {
            _closed[c.Id] = false;
        }
    }
}
