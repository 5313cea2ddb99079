using Entente.Models.Diplomacy.Escalation;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// Dyadic escalation at the end of each round (specification §10, amendment A1): on each issue two actors
/// dispute, each compares contesting — winning with the probability it believes, from its own view of who
/// cares how much — with the settlement on offer, less its share of the dyad's cost. The dyad escalates when
/// both prefer to contest on some issue: with common beliefs that cannot happen (Fearon's bargaining range);
/// it comes from divergent beliefs, which signals can correct.
/// </summary>
internal sealed class EscalationWatch
{
    private readonly LayerCast _cast;
    private readonly (int A, int B)[] _dyads;
    private readonly double[] _cost;
    private readonly int?[] _first;
    private readonly int[][] _issues; // the issues both sides of each dyad take part in

    public EscalationWatch(LayerCast cast)
    {
        _cast = cast;
        var conflict = cast.Layer.Conflict;
        _dyads = conflict is { Dyads.Count: > 0 }
            ? [.. conflict.Dyads.Where(p => p.Count == 2 && p.All(cast.ActorIndex.ContainsKey)).Select(p => (cast.ActorIndex[p[0]], cast.ActorIndex[p[1]]))]
            : [.. Enumerable.Range(0, cast.ActorCount).SelectMany(a => Enumerable.Range(a + 1, cast.ActorCount - a - 1).Select(b => (a, b)))];
        _cost = [.. cast.ConflictCost];
        foreach (var c in conflict?.Cost ?? [])
        {
            if (cast.ActorIndex.TryGetValue(c.Actor, out var a))
            {
                _cost[a] = c.Value;
            }
        }
        _first = new int?[_dyads.Length];
        _issues = [.. _dyads.Select(p => Enumerable.Range(0, cast.IssueCount).Where(d => cast.Takes[p.A, d] && cast.Takes[p.B, d]).ToArray())];
        _votes = new double[]?[cast.ActorCount * cast.IssueCount];
        _utility = new double[]?[cast.IssueCount];
        _utilityFilled = new bool[cast.IssueCount];
        _slot = [.. cast.Members.Select(members =>
        {
            var slot = Enumerable.Repeat(-1, cast.ActorCount).ToArray();
            for (var k = 0; k < members.Length; k++)
            {
                slot[members[k]] = k;
            }
            return slot;
        })];
        _filled = new bool[cast.ActorCount * cast.IssueCount];
        _stakesOfI = new IssueStake[cast.IssueCount];
        _stakesOfJ = new IssueStake[cast.IssueCount];
        _gainsOfI = new double[cast.IssueCount];
        _gainsOfJ = new double[cast.IssueCount];
        _disputedByI = new bool[cast.IssueCount];
        _disputedByJ = new bool[cast.IssueCount];
    }

    private readonly IssueStake[] _stakesOfI, _stakesOfJ;
    private readonly double[] _gainsOfI, _gainsOfJ;
    private readonly bool[] _disputedByI, _disputedByJ;

    /// <summary>The first round each focal dyad escalated, null if never.</summary>
    public IReadOnlyList<DyadOutcome> Dyads => [.. _dyads.Select((p, k) => new DyadOutcome(_cast.Actors[p.A], _cast.Actors[p.B], _first[k]))];

    /// <summary>The first round any focal dyad escalated.</summary>
    public int? First => _first.Where(f => f is not null).Min();

    /// <summary>Checks every focal dyad on the end-of-round state; records and returns those that escalate.</summary>
    public List<DyadEscalationRecord> Check(LayerState end, double[] settlement, int round)
    {
        Array.Clear(_filled);
        Array.Clear(_utilityFilled);
        var escalated = new List<DyadEscalationRecord>();
        var theta = _cast.Parameters.ThetaMove;
        // Scratch for one dyad, reused by all: the watch runs over every pair every round.
        Span<int> issues = stackalloc int[_cast.IssueCount];
        var si = _stakesOfI;
        var sj = _stakesOfJ;
        for (var k = 0; k < _dyads.Length; k++)
        {
            var (i, j) = _dyads[k];
            // Only issues in dispute carry a gain (and a share of the cost): the others are left out from the start.
            var count = 0;
            foreach (var d in _issues[k])
            {
                if (Math.Abs(end.Positions[i, d] - end.Positions[j, d]) / _cast.Range[d] > theta)
                {
                    issues[count++] = d;
                }
            }
            if (count == 0 || !MayEscalate(end, settlement, i, j, issues[..count]))
            {
                continue;
            }
            for (var n = 0; n < count; n++)
            {
                si[n] = Stake(end, settlement, i, j, issues[n]);
                sj[n] = Stake(end, settlement, j, i, issues[n]);
            }
            ConflictGain.PerIssueInto(si.AsSpan(0, count), _cost[i], theta, _gainsOfI, _disputedByI);
            ConflictGain.PerIssueInto(sj.AsSpan(0, count), _cost[j], theta, _gainsOfJ, _disputedByJ);
            List<int>? on = null;
            for (var n = 0; n < count; n++)
            {
                if (_disputedByI[n] && _disputedByJ[n] && _gainsOfI[n] > 0 && _gainsOfJ[n] > 0)
                {
                    (on ??= []).Add(n);
                }
            }
            if (on is null)
            {
                continue;
            }
            _first[k] ??= round;
            var onIssues = issues[..count].ToArray();
            escalated.Add(new DyadEscalationRecord(_cast.Actors[i], _cast.Actors[j], [.. on.Select(n => _cast.Issues[onIssues[n]])],
                [.. on.Select(n => _gainsOfI[n])], [.. on.Select(n => _gainsOfJ[n])]));
        }
        return escalated;
    }

    // A screen before the win probabilities: a side's contest value r·(p·U(own) + (1 − p)·U(rival) − U(settlement)) is at
    // most r·(max(U(own), U(rival)) − U(settlement)) whatever p is, so where that bound less the side's share of its cost
    // is below zero (by more than rounding) on every issue for one side or the other, no issue can carry a positive gain
    // for both and the dyad cannot escalate. Most dyads in most rounds stop here.
    private bool MayEscalate(LayerState end, double[] settlement, int i, int j, ReadOnlySpan<int> issues)
    {
        const double Rounding = 1e-12;
        double resolveOfI = 0, resolveOfJ = 0;
        foreach (var d in issues)
        {
            resolveOfI += end.Resolve[i, d] > 0 ? end.Resolve[i, d] : 0;
            resolveOfJ += end.Resolve[j, d] > 0 ? end.Resolve[j, d] : 0;
        }
        foreach (var d in issues)
        {
            if (MayGain(end, settlement, i, j, d, _cost[i], resolveOfI) > -Rounding && MayGain(end, settlement, j, i, d, _cost[j], resolveOfJ) > -Rounding)
            {
                return true;
            }
        }
        return false;
    }

    // The bound on one side's gain on one issue (−∞ where the issue is not in dispute for it: no resolve).
    private double MayGain(LayerState end, double[] settlement, int side, int rival, int d, double cost, double resolveInDispute)
    {
        var r = end.Resolve[side, d];
        if (!(r > 0))
        {
            return double.NegativeInfinity;
        }
        double own = end.Positions[side, d], other = end.Positions[rival, d], ideal = _cast.Ideal[side, d], range = _cast.Range[d];
        double Utility(double x) => -Math.Abs(x - ideal) / range;
        var best = Math.Max(Utility(own), Utility(other));
        return r * (best - Utility(Settlement.Available(settlement[d], own, other))) - cost * (r / resolveInDispute);
    }

    private IssueStake Stake(LayerState end, double[] settlement, int i, int j, int d)
    {
        double own = end.Positions[i, d], rival = end.Positions[j, d];
        var n = _cast.Members[d].Length;
        var utility = Utilities(end, d);
        var win = WinProbability.FromVotes(
            utility.AsSpan(_slot[d][i] * n, n), utility.AsSpan(_slot[d][j] * n, n), Votes(end, i, d));
        return new IssueStake(end.Resolve[i, d], _cast.Ideal[i, d], own, rival, Settlement.Available(settlement[d], own, rival),
            win, _cast.Range[d]);
    }

    // u_k(x_a) = 1 − 2·|x_a − x_k|/Δ for every pair of an issue's participants, built once a round per issue: every
    // dyad, as each of its sides sees it, reads the same values (the same expression as WinProbability.Bdm).
    private double[] Utilities(LayerState end, int d)
    {
        var members = _cast.Members[d];
        var n = members.Length;
        var u = _utility[d] ??= new double[n * n];
        if (!_utilityFilled[d])
        {
            var range = _cast.Range[d];
            for (var a = 0; a < n; a++)
            {
                var own = end.Positions[members[a], d];
                for (var k = 0; k < n; k++)
                {
                    u[a * n + k] = 1 - 2 * Math.Abs(own - end.Positions[members[k], d]) / range;
                }
            }
            _utilityFilled[d] = true;
        }
        return u;
    }

    // The voting weights c_k·ŝ_k of an issue's participants as one observer sees them (its expected saliences), built
    // once a round per (observer, issue): every dyad it is in reads them. The arrays are kept and refilled.
    private readonly double[]?[] _votes; // [observer, issue]
    private readonly bool[] _filled; // [observer, issue]: filled this round
    private readonly double[]?[] _utility; // [issue]
    private readonly bool[] _utilityFilled; // [issue]
    private readonly int[][] _slot; // [issue][actor]: the actor's place among the issue's participants, −1 if none

    private double[] Votes(LayerState end, int observer, int d)
    {
        var at = observer * _cast.IssueCount + d;
        var members = _cast.Members[d];
        var w = _votes[at] ??= new double[members.Length];
        if (!_filled[at])
        {
            for (var k = 0; k < members.Length; k++)
            {
                w[k] = _cast.Capability[members[k], d] * end.Perceived(observer, members[k], d);
            }
            _filled[at] = true;
        }
        return w;
    }
}
