namespace Entente.Models.Exchange;

/// <summary>
/// The candidates by actor-issue: for every actor and issue, the candidates in which that actor supplies
/// or demands that issue. A realised exchange can only touch candidates that share one of its two actors
/// and one of its two issues (spec S8), so these four lists hold every candidate it may change, and a
/// step need not look at the others. Closed candidates are swept out of a list as it is read.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly int _issues;
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _ids;
    private readonly int[] _seen;
    private int _visit;

    public CandidateIndex(ExchangeCandidate[] candidates, int actors, int issues)
    {
        _issues = issues;
        _start = new int[actors * issues + 1];
        _length = new int[actors * issues];
        _seen = new int[candidates.Length];
        foreach (ref readonly var c in candidates.AsSpan())
        {
            for (var k = 0; k < 4; k++)
            {
                _start[Key(in c, k) + 1]++;
            }
        }
        for (var k = 0; k < _length.Length; k++)
        {
            _start[k + 1] += _start[k];
        }
        _ids = new int[_start[^1]];
        foreach (ref readonly var c in candidates.AsSpan())
        {
            for (var k = 0; k < 4; k++)
            {
                var key = Key(in c, k);
                _ids[_start[key] + _length[key]++] = c.Id;
            }
        }
    }

    /// <summary>
    /// The open candidates that share an actor and an issue with <paramref name="realised"/>, each once,
    /// in no particular order (each is brought up to date on its own, so order does not matter).
    /// </summary>
    public void Touching(in ExchangeCandidate realised, bool[] closed, List<int> into)
    {
        into.Clear();
        _visit++;
        // Actors I and J, each with issues q and p (I's supply and J's): the four lists, no array for them.
        Collect(realised.I.Actor * _issues + realised.I.Supply, closed, into);
        Collect(realised.I.Actor * _issues + realised.J.Supply, closed, into);
        Collect(realised.J.Actor * _issues + realised.I.Supply, closed, into);
        Collect(realised.J.Actor * _issues + realised.J.Supply, closed, into);
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
        0 => c.I.Actor * _issues + c.I.Supply,
        1 => c.I.Actor * _issues + c.I.Demand,
        2 => c.J.Actor * _issues + c.J.Supply,
        _ => c.J.Actor * _issues + c.J.Demand,
    };
}
