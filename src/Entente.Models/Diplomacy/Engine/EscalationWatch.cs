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
        _voters = new (double[], double[], double[])?[cast.ActorCount * cast.IssueCount];
    }

    /// <summary>The first round each focal dyad escalated, null if never.</summary>
    public IReadOnlyList<DyadOutcome> Dyads => [.. _dyads.Select((p, k) => new DyadOutcome(_cast.Actors[p.A], _cast.Actors[p.B], _first[k]))];

    /// <summary>The first round any focal dyad escalated.</summary>
    public int? First => _first.Where(f => f is not null).Min();

    /// <summary>Checks every focal dyad on the end-of-round state; records and returns those that escalate.</summary>
    public List<DyadEscalationRecord> Check(LayerState end, double[] settlement, int round)
    {
        Array.Clear(_voters);
        var escalated = new List<DyadEscalationRecord>();
        for (var k = 0; k < _dyads.Length; k++)
        {
            var (i, j) = _dyads[k];
            // Only issues in dispute carry a gain (and a share of the cost): the others are left out from the start.
            var theta = _cast.Parameters.ThetaMove;
            var issues = Array.FindAll(_issues[k], d => Math.Abs(end.Positions[i, d] - end.Positions[j, d]) / _cast.Range[d] > theta);
            if (issues.Length == 0)
            {
                continue;
            }
            var si = new IssueStake[issues.Length];
            var sj = new IssueStake[issues.Length];
            for (var n = 0; n < issues.Length; n++)
            {
                si[n] = Stake(end, settlement, i, j, issues[n]);
                sj[n] = Stake(end, settlement, j, i, issues[n]);
            }
            var gi = ConflictGain.PerIssue(si, _cost[i], _cast.Parameters.ThetaMove);
            var gj = ConflictGain.PerIssue(sj, _cost[j], _cast.Parameters.ThetaMove);
            var on = DyadEscalation.EscalatingIssues(gi, gj);
            if (on.Count == 0)
            {
                continue;
            }
            _first[k] ??= round;
            escalated.Add(new DyadEscalationRecord(_cast.Actors[i], _cast.Actors[j], [.. on.Select(n => _cast.Issues[issues[n]])],
                [.. on.Select(n => gi[n]!.Value)], [.. on.Select(n => gj[n]!.Value)]));
        }
        return escalated;
    }

    private IssueStake Stake(LayerState end, double[] settlement, int i, int j, int d)
    {
        double own = end.Positions[i, d], rival = end.Positions[j, d];
        var (x, c, sal) = Voters(end, i, d);
        return new IssueStake(end.Resolve[i, d], _cast.Ideal[i, d], own, rival, Settlement.Available(settlement[d], own, rival),
            WinProbability.Bdm(own, rival, x, c, sal, _cast.Range[d]), _cast.Range[d]);
    }

    // The voters of an issue as one observer sees them (positions, capabilities, its expected saliences), built once
    // a round per (observer, issue): every dyad it is in reads them.
    private readonly (double[], double[], double[])?[] _voters; // [observer, issue]

    private (double[] X, double[] C, double[] S) Voters(LayerState end, int observer, int d)
    {
        ref var slot = ref _voters[observer * _cast.IssueCount + d];
        if (slot is not { } v)
        {
            var members = _cast.Members[d];
            var x = new double[members.Length];
            var c = new double[members.Length];
            var sal = new double[members.Length];
            for (var k = 0; k < members.Length; k++)
            {
                x[k] = end.Positions[members[k], d];
                c[k] = _cast.Capability[members[k], d];
                sal[k] = end.Perceived(observer, members[k], d);
            }
            v = (x, c, sal);
            slot = v;
        }
        return v;
    }
}
