namespace Entente.Models.Exchange;

/// <summary>
/// The candidates by actor-issue and role: for every actor and issue, the candidates in which that actor
/// supplies that issue, and those in which it demands it. A realised exchange in which actor a supplies q
/// to b, who supplies p, changes exactly the candidates in which a supplies q or b supplies p (they move on
/// from the realised position) and those in which b demands q or a demands p (their book gets the realised
/// move; spec S8), so these four lists hold every candidate it changes and no other: a step recalculates
/// those and looks at nothing else. Closed candidates are swept out of a list as it is read.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly int _issues;
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _ids;
    private readonly int[] _seen;
    private int _visit;

    /// <summary>
    /// Indexes <paramref name="candidates"/>; its arrays are the <paramref name="room"/>'s when given (kept
    /// over rounds, possibly longer than needed, cleared here where they are read before written).
    /// </summary>
    public CandidateIndex(ReadOnlySpan<ExchangeCandidate> candidates, int actors, int issues, CandidateRoom? room = null)
    {
        _issues = issues;
        var keys = 2 * actors * issues;
        _start = room?.Ints(CandidateRoom.IndexStart, keys + 1) ?? new int[keys + 1];
        _length = room?.Ints(CandidateRoom.IndexLength, keys) ?? new int[keys];
        _seen = room?.Ints(CandidateRoom.IndexSeen, candidates.Length) ?? new int[candidates.Length];
        // A stale visit mark could equal a visit of this round; stale starts and lengths would be added to.
        Array.Clear(_start, 0, keys + 1);
        Array.Clear(_length, 0, keys);
        Array.Clear(_seen, 0, candidates.Length);
        foreach (ref readonly var c in candidates)
        {
            for (var k = 0; k < 4; k++)
            {
                _start[Key(in c, k) + 1]++;
            }
        }
        for (var k = 0; k < keys; k++)
        {
            _start[k + 1] += _start[k];
        }
        _ids = room?.Ints(CandidateRoom.IndexIds, _start[keys]) ?? new int[_start[keys]];
        foreach (ref readonly var c in candidates)
        {
            for (var k = 0; k < 4; k++)
            {
                var key = Key(in c, k);
                _ids[_start[key] + _length[key]++] = c.Id;
            }
        }
    }

    /// <summary>
    /// The open candidates that <paramref name="realised"/> changes, each once, in no particular order
    /// (each is brought up to date on its own, so order does not matter).
    /// </summary>
    public void Touching(in ExchangeCandidate realised, bool[] closed, List<int> into)
    {
        into.Clear();
        _visit++;
        var (i, j) = (realised.I, realised.J);
        Collect(Supplying(i.Actor, i.Supply), closed, into);
        Collect(Supplying(j.Actor, j.Supply), closed, into);
        Collect(Demanding(i.Actor, i.Demand), closed, into);
        Collect(Demanding(j.Actor, j.Demand), closed, into);
    }

    private void Collect(int key, bool[] closed, List<int> into)
    {
        var start = _start[key];
        var kept = 0;
        for (var n = 0; n < _length[key]; n++)
        {
            var id = _ids[start + n];
            if (closed[id])
            {
                continue;
            }
            _ids[start + kept++] = id;
            if (_seen[id] != _visit)
            {
                _seen[id] = _visit;
                into.Add(id);
            }
        }
        _length[key] = kept;
    }

    // A side's actor with its supply and its demand issue: both sides give the four keys (k = 0-3).
    private int Key(in ExchangeCandidate c, int k) => k switch
    {
        0 => Supplying(c.I.Actor, c.I.Supply),
        1 => Demanding(c.I.Actor, c.I.Demand),
        2 => Supplying(c.J.Actor, c.J.Supply),
        _ => Demanding(c.J.Actor, c.J.Demand),
    };

    private int Supplying(int actor, int issue) => 2 * (actor * _issues + issue);

    private int Demanding(int actor, int issue) => 2 * (actor * _issues + issue) + 1;
}
