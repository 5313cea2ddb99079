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

    public CandidateIndex(IReadOnlyList<ExchangeCandidate> candidates, int actors, int issues)
    {
        _issues = issues;
        _start = new int[actors * issues + 1];
        _length = new int[actors * issues];
        _seen = new int[candidates.Count];
        foreach (var c in candidates)
        {
            foreach (var key in Keys(c))
            {
                _start[key + 1]++;
            }
        }
        for (var k = 0; k < _length.Length; k++)
        {
            _start[k + 1] += _start[k];
        }
        _ids = new int[_start[^1]];
        foreach (var c in candidates)
        {
            foreach (var key in Keys(c))
            {
                _ids[_start[key] + _length[key]++] = c.Id;
            }
        }
    }

    /// <summary>
    /// The open candidates that share an actor and an issue with <paramref name="realised"/>, each once,
    /// in no particular order (each is brought up to date on its own, so order does not matter).
    /// </summary>
    public void Touching(ExchangeCandidate realised, bool[] closed, List<int> into)
    {
        into.Clear();
        _visit++;
        foreach (var actor in new[] { realised.I.Actor, realised.J.Actor })
        {
            foreach (var issue in new[] { realised.I.Supply, realised.J.Supply })
            {
                Collect(actor * _issues + issue, closed, into);
            }
        }
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

    // A side's actor with its supply and its demand issue: both sides give the four keys.
    private int[] Keys(ExchangeCandidate c) =>
    [
        c.I.Actor * _issues + c.I.Supply, c.I.Actor * _issues + c.I.Demand,
        c.J.Actor * _issues + c.J.Supply, c.J.Actor * _issues + c.J.Demand,
    ];
}
