using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Common;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>Everything a run of the layer produced.</summary>
internal sealed record StrategicRun(LayerCast Cast, List<RoundState>[] Rounds, string[] Reasons, StrategicOutcome Outcome, double[,] Positions);

/// <summary>
/// The diplomacy layer (version 2) over the expected utility model, all issues in lockstep (specification
/// §11.1). Each round: scheduled events; the round's signals, each read through the stage game by every
/// observer in its audience, who update; the base model's round with each receiver's perceived saliences;
/// the layer's decisions on the start-of-round state (addressees complying, committers honouring or
/// reneging, stands held), which override the base model's moves; then learning from what was seen.
/// </summary>
internal sealed class StrategicEngine(ExpectedUtilityOptions options, ModelRunContext context)
{
    public StrategicRun Run(Scenario scenario, StrategicLayer layer)
    {
        var cast = new LayerCast(scenario, layer);
        var draw = context.Trial is { } trial ? (context.Seed, trial) : ((ulong, ulong)?)null;
        var types = TypeSpace.Build(cast, UncertainDimensions(cast), draw);
        int n = cast.ActorCount, m = cast.IssueCount;
        var x = new double[n, m];
        var resolve = new double[n, m];
        for (var a = 0; a < n; a++)
        {
            for (var d = 0; d < m; d++)
            {
                x[a, d] = cast.Start[a, d];
                resolve[a, d] = cast.Takes[a, d] ? types.TrueValue(a, LayerCast.ResolveOn(d)) : 0.0;
            }
        }
        var beliefs = BeliefBook.Initial(cast, types);
        var engines = new EumEngine?[m];
        var dyads = new DyadTable?[m];
        var rounds = new List<RoundState>[m];
        var reasons = new string[m];
        var done = new bool[m];
        var memberIds = cast.Members.Select(members => members.Select(a => cast.Actors[a]).ToArray()).ToArray();
        for (var d = 0; d < m; d++)
        {
            var members = cast.Members[d];
            rounds[d] = [WeightedStatistics.InputRound(Participants(cast, d, x, resolve))];
            var settled = members.Length < 2 || members.All(a => x[a, d] == x[members[0], d]);
            reasons[d] = members.Length < 2
                ? $"settled: {members.Length} participant(s), nobody to bargain with"
                : settled ? "settled: every participant already holds the same position (Δ = 0)" : "";
            if (!settled)
            {
                engines[d] = new EumEngine(
                    members.Select(a => x[a, d]).ToArray(), members.Select(a => resolve[a, d]).ToArray(),
                    members.Select(a => cast.Capability[a, d]).ToArray(), options,
                    options.Variant == EumVariant.Scholz ? new ScholzProbability() : new SortedBdmProbability());
                // The dyad table as the expected utility model keeps it (which also keeps its arithmetic path).
                // (A Monte Carlo trial keeps no dyad table: nobody reads a trial's dyads.)
                if (context.Trial is null && members.Length <= ExpectedUtilityModel.DyadTableLimit)
                {
                    dyads[d] = new DyadTable([.. members.Select(a => cast.Actors[a])], context.Dyads);
                    engines[d]!.Dyads = dyads[d];
                }
            }
        }
        var limit = context.Rounds ?? (options.Variant == EumVariant.Scholz ? options.Rounds : options.MaxRounds);
        // A version-1 deadline maps to a stop: the run ends there (specification §16).
        var stop = scenario.Timeline.Where(e => e.Kind == Domain.Diplomacy.EventKind.Deadline || e.Deadline).Select(e => (int?)e.Round).Min();
        if (stop is { } last && last < limit)
        {
            limit = last;
        }
        var desk = new NegotiationDesk(cast, limit);
        var watch = new EscalationWatch(cast);
        var lastScheduled = new[]
        {
            layer.Signals.Select(s => s.Round).DefaultIfEmpty(0).Max(), layer.Events.Select(e => e.Round).DefaultIfEmpty(0).Max(), desk.LastDeadline,
            scenario.Timeline.Where(e => e.Kind == Domain.Diplomacy.EventKind.Shock).Select(e => e.Round).DefaultIfEmpty(0).Max(),
        }.Max();
        var commitments = new List<ActiveCommitment>();
        var outcomeRounds = new List<LayerRound>();
        var narrative = new List<string>();
        var warnings = new List<string>();
        // The round's start and proposed positions: two arrays reused every round (nothing keeps a round's state after it).
        var startPositions = new double[n, m];
        var proposedPositions = new double[n, m];
        var layerRound = new LayerRoundContext(cast, types, commitments, narrative, warnings, draw);
        for (var round = 1; round <= limit; round++)
        {
            if (round > lastScheduled && done.All(z => z))
            {
                break;
            }
            context.Cancellation.ThrowIfCancellationRequested();
            Shocks(cast, scenario, round, x, resolve, engines);
            var start = new LayerState { Positions = Copy(x, startPositions), Resolve = resolve, Beliefs = beliefs.Next(), Commitments = commitments };
            var record = new RoundLog(round);
            layerRound.Events(start, round, record);
            layerRound.Signals(start, round, record);
            // The base model's round, with perceptions; issues that have settled stay put.
            var proposed = Copy(x, proposedPositions);
            var largest = new double[m];
            var forecast = new double[m];
            for (var d = 0; d < m; d++)
            {
                forecast[d] = rounds[d][^1].WeightedMedian;
                if (engines[d] is not { } engine || done[d])
                {
                    continue;
                }
                var members = cast.Members[d];
                for (var k = 0; k < members.Length; k++)
                {
                    engine.SetPosition(k, x[members[k], d]);
                }
                engine.Perception = new LayerPerception(start, d, members);
                // A summit raises its parties' salience on its issues in its last rounds, undone after (§8).
                var boosted = desk.Boosts(round).Where(b => b.Issue == d).ToArray();
                foreach (var (a, _, factor) in boosted)
                {
                    engine.SetSalience(Array.IndexOf(members, a), Math.Min(1.0, resolve[a, d] * factor));
                }
                dyads[d]?.BeginRound(round);
                largest[d] = engine.Step();
                foreach (var (a, _, _) in boosted)
                {
                    engine.SetSalience(Array.IndexOf(members, a), resolve[a, d]);
                }
                for (var k = 0; k < members.Length; k++)
                {
                    proposed[members[k], d] = engine.Positions[k];
                }
            }
            // Decisions read the beliefs after the signals; what they teach, and the moves, apply from the next round.
            var learned = start.Beliefs.Next();
            var moved = layerRound.Decisions(start, round, proposed, record, learned, desk);
            if (cast.Parameters.LearnFromMoves)
            {
                MoveLearning.Apply(cast, start, proposed, forecast, moved, engines, learned);
            }
            beliefs = learned;
            for (var d = 0; d < m; d++)
            {
                var changed = false;
                foreach (var a in cast.Members[d])
                {
                    changed |= proposed[a, d] != x[a, d];
                    largest[d] = Math.Max(largest[d], Math.Abs(proposed[a, d] - x[a, d]));
                    x[a, d] = proposed[a, d];
                }
                if (engines[d] is { } engine)
                {
                    var members = cast.Members[d];
                    for (var k = 0; k < members.Length; k++)
                    {
                        engine.SetPosition(k, x[members[k], d]);
                    }
                }
                if (done[d] && !changed)
                {
                    continue;
                }
                done[d] = false;
                rounds[d].Add(engines[d] is { } e
                    ? ExpectedUtilityModel.Record(round, e, memberIds[d], dyads[d], lean: context.IsLean)
                    : WeightedStatistics.InputRound(Participants(cast, d, x, resolve)) with { Round = round });
                context.Observer?.RoundCompleted(cast.Issues[d], round);
                var tolerance = engines[d]?.Delta ?? cast.Range[d];
                if (options.Variant == EumVariant.Bdm && round >= lastScheduled && largest[d] < options.Tolerance * tolerance)
                {
                    done[d] = true;
                    reasons[d] = $"converged at round {round}";
                }
            }
            desk.Close(x, round, record, narrative);
            var settlement = new double[m];
            for (var d = 0; d < m; d++)
            {
                settlement[d] = cast.Decider[d] >= 0 ? x[cast.Decider[d], d] : rounds[d][^1].WeightedMedian;
            }
            record.Escalations.AddRange(watch.Check(new LayerState { Positions = x, Resolve = resolve, Beliefs = beliefs }, settlement, round));
            record.Beliefs.AddRange(Watch(cast, beliefs, layer));
            if (!record.IsEmpty)
            {
                outcomeRounds.Add(record.ToLayerRound());
            }
        }
        for (var d = 0; d < m; d++)
        {
            if (reasons[d].Length == 0 || (!done[d] && !reasons[d].StartsWith("settled", StringComparison.Ordinal)))
            {
                reasons[d] = stop == limit ? $"deadline at round {limit}"
                    : options.Variant == EumVariant.Scholz ? $"fixed {limit} rounds" : $"reached max rounds {limit}";
            }
        }
        var outcome = new StrategicOutcome
        {
            Rounds = outcomeRounds, Narrative = narrative, Warnings = warnings,
            Negotiations = desk.Outcomes, Dyads = watch.Dyads, EscalationRound = watch.First,
        };
        return new StrategicRun(cast, rounds, reasons, outcome, x);
    }

    // A version-1 shock sets positions, saliences or capabilities at the start of its round (§16: kept as it was).
    private static void Shocks(LayerCast cast, Scenario scenario, int round, double[,] x, double[,] resolve, EumEngine?[] engines)
    {
        foreach (var e in scenario.Timeline.Where(e => e.Kind == Domain.Diplomacy.EventKind.Shock && e.Round == round))
        {
            foreach (var id in e.Actors.Where(cast.ActorIndex.ContainsKey))
            {
                var a = cast.ActorIndex[id];
                foreach (var d in (e.Issues.Count > 0 ? e.Issues.Where(cast.IssueIndex.ContainsKey).Select(i => cast.IssueIndex[i]) : Enumerable.Range(0, cast.IssueCount)).Where(d => cast.Takes[a, d]))
                {
                    var slot = Array.IndexOf(cast.Members[d], a);
                    if (e.Position is { } position)
                    {
                        x[a, d] = position;
                        engines[d]?.SetPosition(slot, position);
                    }
                    if (e.Salience is { } salience)
                    {
                        resolve[a, d] = salience / scenario.SalienceCeiling;
                        engines[d]?.SetSalience(slot, resolve[a, d]);
                    }
                    if (e.Capability is { } capability)
                    {
                        cast.Capability[a, d] = capability;
                        engines[d]?.SetCapability(slot, capability);
                    }
                }
            }
        }
    }

    private static double[,] Copy(double[,] x, double[,] into)
    {
        Buffer.BlockCopy(x, 0, into, 0, x.Length * sizeof(double));
        return into;
    }

    private static List<Participant> Participants(LayerCast cast, int d, double[,] x, double[,] resolve) =>
        [.. cast.Members[d].Select(a => new Participant(cast.Actors[a], x[a, d], resolve[a, d], cast.Capability[a, d]))];

    private static IEnumerable<WatchedBelief> Watch(LayerCast cast, BeliefBook beliefs, StrategicLayer layer)
    {
        foreach (var w in layer.Watch)
        {
            if (cast.AgentIndex.TryGetValue(w.Observer, out var h) && cast.AgentIndex.TryGetValue(w.About, out var j)
                && TypeSpace.Dimension(cast, w.Dimension, w.Issue) is { } k)
            {
                yield return new WatchedBelief(w.Observer, w.About, cast.DimensionName(k), beliefs.Expected(h, j, k));
            }
        }
    }

    /// <summary>The dimensions that enter a stage game (§2.3, <c>uncertainty: auto</c>).</summary>
    internal static HashSet<(int, int)> UncertainDimensions(LayerCast cast)
    {
        var set = new HashSet<(int, int)>();
        int? Issue(string? id) => id is not null && cast.IssueIndex.TryGetValue(id, out var d) ? d : null;
        foreach (var claim in cast.Layer.Signals)
        {
            if (claim.Kind == ClaimKind.Report)
            {
                if (claim.Report is { } r && cast.AgentIndex.TryGetValue(r.Subject, out var k) && TypeSpace.Dimension(cast, r.Dimension, r.Issue) is { } dim)
                {
                    foreach (var g in Holders(k))
                    {
                        set.Add((g, dim));
                    }
                }
                continue;
            }
            var ask = Issue(claim.Ask?.Issue ?? claim.Issue);
            var action = claim.Action is { Contest: false } act ? Issue(act.Issue ?? claim.Ask?.Issue) : ask;
            // A faction sender's type is its own; a composite's, its voice's (as a sender) or its factions' (as an addressee).
            var speakers = claim.Senders.Where(cast.AgentIndex.ContainsKey).Select(id => cast.AgentIndex[id]).Select(a => a < cast.ActorCount ? cast.Voice(a) : a).ToArray();
            var addressees = claim.To is { } to && cast.ActorIndex.TryGetValue(to, out var r2) ? Holders(r2) : [];
            foreach (var a in speakers.Concat(addressees))
            {
                foreach (var d in new[] { ask, action }.OfType<int>())
                {
                    set.Add((a, LayerCast.ResolveOn(d)));
                }
            }
            foreach (var s in speakers)
            {
                set.Add((s, LayerCast.Reciprocity));
            }
        }
        // A composite holds no type of its own: whatever of it is uncertain is its factions'.
        foreach (var (a, dim) in set.ToArray())
        {
            if (cast.IsComposite(a))
            {
                foreach (var g in cast.FactionsOf[a])
                {
                    set.Add((g, dim));
                }
            }
        }
        return set;

        int[] Holders(int a) => cast.IsComposite(a) ? cast.FactionsOf[a] : [a];
    }
}
