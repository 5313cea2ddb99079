using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Models.Common;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>What the engine leaves out, for re-runs that measure how much an element mattered.</summary>
/// <param name="Offers">(round, issue, receiver) whose accepted offer is refused.</param>
internal sealed record Suppression(IReadOnlySet<(int Round, int Issue, int Receiver)> Offers)
{
    public static Suppression None { get; } = new(new HashSet<(int, int, int)>());
}

/// <summary>Everything one run produced, before it is turned into a <see cref="ForecastResult"/>.</summary>
internal sealed class EngineRun
{
    public required Cast Cast { get; init; }
    public required List<RoundState>[] Rounds { get; init; }
    public required string[] Reasons { get; init; }
    public required bool[] SettledAtStart { get; init; }
    public required List<ScenarioRound> ScenarioRounds { get; init; }
    public required DiplomacyState Final { get; init; }
    public required double EscalationIndex { get; init; }
    public int? DeadlineRound { get; init; }
}

/// <summary>
/// The EUM with the diplomacy layer, on all issues in lockstep (commitments link issues). Each round:
/// scheduled events, then signals (beliefs update), then every receiver weighs every proposer's offer
/// from its own perspective (its beliefs, coalition blocks), audience costs held against moves away from
/// its claims, commitments offered as standing linkage; then moves, commitments resolved, reputations
/// updated, summit boosts undone. Without any diplomacy content it is the EUM, number for number.
/// </summary>
internal sealed class DiplomacyEngine(ExpectedUtilityOptions options, ModelRunContext context, Suppression suppression)
{
    public EngineRun Run(Scenario scenario)
    {
        var cast = new Cast(scenario);
        int A = cast.Actors.Length, D = cast.Issues.Length;
        var state = Initial(cast);
        var rounds = new List<RoundState>[D];
        var reasons = new string[D];
        var settled = new bool[D];
        for (var d = 0; d < D; d++)
        {
            var participants = Participants(cast, state, d);
            rounds[d] = [WeightedStatistics.InputRound(participants)];
            settled[d] = participants.Count < 2 || participants.All(p => p.Position == participants[0].Position);
            state.Done[d] = settled[d];
            reasons[d] = participants.Count < 2
                ? $"settled: {participants.Count} participant(s), nobody to bargain with"
                : "settled: every participant already holds the same position (Δ = 0)";
        }
        var scenarioRounds = new List<ScenarioRound> { new() { Round = 0 } };
        var limit = context.Rounds ?? (options.Variant == EumVariant.Scholz ? options.Rounds : options.MaxRounds);
        if (cast.Deadline is { } deadline)
        {
            limit = Math.Min(limit, deadline);
        }
        for (var d = 0; d < D; d++)
        {
            if (!settled[d])
            {
                reasons[d] = cast.Deadline == limit && cast.Deadline is { } r0 ? $"deadline at round {r0}"
                    : options.Variant == EumVariant.Scholz ? $"fixed {limit} rounds" : $"reached max rounds {limit}";
            }
        }
        double escalation = 0;
        for (var round = 1; round <= limit && !state.Done.All(x => x); round++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var round1 = new RoundRecorder(round);
            state = Step(cast, state, round, round1, rounds, reasons);
            escalation = round1.Escalation;
            scenarioRounds.Add(round1.ToScenarioRound());
        }
        return new EngineRun
        {
            Cast = cast,
            Rounds = rounds,
            Reasons = reasons,
            SettledAtStart = settled,
            ScenarioRounds = scenarioRounds,
            Final = state,
            EscalationIndex = escalation,
            DeadlineRound = cast.Deadline is { } dl && dl <= limit ? dl : null,
        };
    }

    private static DiplomacyState Initial(Cast cast)
    {
        var s = cast.Scenario;
        int A = cast.Actors.Length, D = cast.Issues.Length;
        var kappa = s.Diplomacy?.DefaultConfidence ?? double.PositiveInfinity;
        var state = new DiplomacyState
        {
            Round = 0,
            X = cast.Position.Select(r => (double[])r.Clone()).ToArray(),
            S = cast.Salience.Select(r => (double[])r.Clone()).ToArray(),
            C = cast.Capability.Select(r => (double[])r.Clone()).ToArray(),
            Active = cast.Actors.Select(id => !s.Timeline.Any(e => e.Kind == EventKind.Entry && e.Actors.Contains(id))).ToArray(),
            Reputation = s.Actors.Select(a => a.Reputation ?? 1.0).ToArray(),
            PositionGap = Cube(A, D, 0),
            SalienceGap = Cube(A, D, 0),
            Confidence = Cube(A, D, kappa),
            Claims = Enumerable.Range(0, A).Select(_ => new Claim?[D]).ToArray(),
            Commitments = new CommitmentStatus[s.Commitments.Count],
            Done = new bool[D],
        };
        foreach (var p in s.Perceptions)
        {
            if (!cast.ActorIndex.TryGetValue(p.Observer, out var h) || !cast.ActorIndex.TryGetValue(p.Actor, out var j)
                || !cast.IssueIndex.TryGetValue(p.Issue, out var d))
            {
                continue;
            }
            if (p.Position is { } x)
            {
                state.PositionGap[h][j][d] = x - cast.Position[d][j];
            }
            if (p.Salience is { } sal)
            {
                state.SalienceGap[h][j][d] = sal / s.SalienceCeiling - cast.Salience[d][j];
            }
            state.Confidence[h][j][d] = p.Confidence ?? double.PositiveInfinity;
        }
        return state;
    }

    private DiplomacyState Step(Cast cast, DiplomacyState previous, int round, RoundRecorder record, List<RoundState>[] rounds, string[] reasons)
    {
        var s = cast.Scenario;
        var next = previous.Next(round);
        var undo = TimelineEffects.Apply(cast, next, round, record);
        SignalDelivery(cast, next, round, record);

        int D = cast.Issues.Length;
        var moves = new (double[] To, int[] Proposer, OfferKind[] Kind, double[] Eij, double[] Eji, double[] Risk, List<Dyad> Dyads, double[] Weights, int[] Members)?[D];
        double conflict = 0, all = 0;
        for (var d = 0; d < D; d++)
        {
            if (next.Done[d])
            {
                continue;
            }
            var members = Enumerable.Range(0, cast.Actors.Length).Where(a => cast.In[d][a] && next.Active[a]).ToArray();
            if (members.Length < 2)
            {
                continue;
            }
            var issueMoves = Offers(cast, next, d, round, members, record);
            moves[d] = issueMoves.Value;
            conflict += issueMoves.Conflict;
            all += issueMoves.AllPairs;
        }
        record.Escalation = all > 0 ? conflict / all : 0;

        var largest = new double[D];
        for (var d = 0; d < D; d++)
        {
            if (moves[d] is { } m)
            {
                for (var k = 0; k < m.Members.Length; k++)
                {
                    var a = m.Members[k];
                    largest[d] = Math.Max(largest[d], Math.Abs(m.To[k] - next.X[d][a]));
                    next.X[d][a] = m.To[k];
                }
            }
        }
        CommitmentResolution.Resolve(cast, next, round, record, context);
        UpdateReputation(cast, next);
        foreach (var (d, a, boost) in undo)
        {
            next.S[d][a] = Math.Max(0, next.S[d][a] - boost);
        }

        for (var d = 0; d < D; d++)
        {
            if (moves[d] is not { } m)
            {
                continue;
            }
            rounds[d].Add(Record(cast, next, d, round, m.Members, m.Weights, m.Proposer, m.Kind, m.Eij, m.Eji, m.Risk, m.Dyads, previous));
            context.Observer?.RoundCompleted(cast.Issues[d], round);
            if (options.Variant == EumVariant.Bdm && round >= cast.LastScheduledRound && largest[d] < options.Tolerance * cast.Delta[d])
            {
                next.Done[d] = true;
                reasons[d] = $"converged at round {round}";
            }
        }
        return next;
    }

    private readonly record struct IssueMoves(
        (double[] To, int[] Proposer, OfferKind[] Kind, double[] Eij, double[] Eji, double[] Risk, List<Dyad> Dyads, double[] Weights, int[] Members) Value,
        double Conflict, double AllPairs);

    /// <summary>Every receiver's chosen offer on issue <paramref name="d"/>, each from its own perspective.</summary>
    private IssueMoves Offers(Cast cast, DiplomacyState state, int d, int round, int[] members, RoundRecorder record)
    {
        var n = members.Length;
        var delta = cast.Delta[d];
        var x = new double[n];
        var sal = new double[n];
        var cap = new double[n];
        var weights = new double[n];
        for (var k = 0; k < n; k++)
        {
            var a = members[k];
            x[k] = state.X[d][a];
            sal[k] = state.S[d][a];
            cap[k] = state.C[d][a] * cast.Unity[d][a];
            weights[k] = cap[k] * sal[k];
        }
        var truth = new SortedPositions(n);
        truth.Fill(x, sal, weights, delta);
        var row = new PerspectiveRow(n);

        // Risk exponents come from the true state, as in the EUM: a risk attitude is the actor's, not a belief.
        var danger = new double[n];
        var probability = NewProbability();
        var neutral = Enumerable.Repeat(1.0, n).ToArray();
        probability.Prepare(truth, neutral, delta);
        double most = double.NegativeInfinity, least = double.PositiveInfinity;
        // The EUM's pairwise danger pass wherever the EUM takes it, so that without diplomacy the two agree to the bit.
        var pairwise = probability is SortedBdmProbability ? new double[n] : null;
        if (pairwise is not null)
        {
            NeutralDanger.Fill(truth, delta, options.Q, options.T, new double[n], new double[n], new int[n], new double[n], new double[n], pairwise);
        }
        for (var slot = 0; slot < n; slot++)
        {
            double sum = 0;
            if (pairwise is not null)
            {
                sum = pairwise[slot];
            }
            else
            {
                row.Fill(truth, probability, slot, 1.0, delta, options);
                for (var t = 0; t < n; t++)
                {
                    if (t != slot)
                    {
                        sum += row.Proposer[t];
                    }
                }
            }
            danger[truth.Order[slot]] = sum;
            most = Math.Max(most, sum);
            least = Math.Min(least, sum);
        }
        var risk = new double[n];
        for (var k = 0; k < n; k++)
        {
            var relative = most > least ? (2 * danger[k] - most - least) / (most - least) : 0;
            risk[k] = (1 - relative / 3) / (1 + relative / 3);
        }
        probability.Prepare(truth, risk, delta);

        var to = (double[])x.Clone();
        var proposerOf = Enumerable.Repeat(-1, n).ToArray();
        var kinds = new OfferKind[n];
        var eijOf = new double[n];
        var ejiOf = new double[n];
        var own = new double[n, n];
        var dyads = new List<Dyad>();
        for (var slot = 0; slot < n; slot++)
        {
            var i = truth.Order[slot];
            var (view, viewProbability) = ViewOf(cast, state, d, members, i, x, sal, cap, truth, probability, risk);
            var viewSlot = view.SlotOf[i];
            row.Fill(view, viewProbability, viewSlot, risk[i], delta, options);
            int best = -1, bestRank = int.MaxValue;
            double bestKey = 0, bestPosition = x[i];
            var bestKind = OfferKind.Confrontation;
            var claim = state.Claims[members[i]][d];
            for (var t = 0; t < n; t++)
            {
                if (t == viewSlot)
                {
                    continue;
                }
                var p = view.Order[t];
                var eij = row.Receiver[t];
                var eji = row.Proposer[t];
                own[i, p] = eij;
                dyads.Add(new Dyad(cast.Actors[members[i]], cast.Actors[members[p]], eij, eji, OfferRule.Dyad(eij, eji)));
                if (x[p] == x[i] || OfferRule.Classify(eij, eji, options.Variant) is not { } kind)
                {
                    continue;
                }
                var position = OfferRule.NewPosition(kind, x[i], x[p], eij, eji);
                var (rank, key) = OfferRule.Preference(options.Variant, kind, x[i], x[p], position, eij, eji);
                if (rank < bestRank || (rank == bestRank && (key < bestKey || (key == bestKey && p < best))))
                {
                    (best, bestRank, bestKey, bestPosition, bestKind) = (p, rank, key, position, kind);
                    eijOf[i] = eij;
                    ejiOf[i] = eji;
                }
            }
            if (best >= 0 && claim is { AudienceCost: > 0 } c)
            {
                (best, bestPosition, bestKind, eijOf[i]) = AudienceCost.Hold(c, x[i], x[best], bestPosition, bestKind, eijOf[i], ejiOf[i], sal[i], delta, options.Variant, best);
            }
            if (suppression.Offers.Contains((round, d, members[i])))
            {
                best = -1;
                bestPosition = x[i];
            }
            proposerOf[i] = best;
            kinds[i] = bestKind;
            to[i] = Linkage.Apply(cast, state, d, members[i], x[i], bestPosition, sal[i], claim, round, record);
        }

        double conflict = 0, pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var w = cap[i] * cap[j];
                pairs += w;
                if (own[i, j] > 0 && own[j, i] > 0)
                {
                    conflict += w;
                }
            }
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < n; k++)
        {
            index[cast.Actors[members[k]]] = k;
        }
        dyads.Sort((a, b) => index[a.Actor] != index[b.Actor] ? index[a.Actor].CompareTo(index[b.Actor]) : index[a.Other].CompareTo(index[b.Other]));
        return new IssueMoves((to, proposerOf, kinds, eijOf, ejiOf, risk, dyads, weights, members), conflict, pairs);
    }

    private IWinProbability NewProbability() =>
        options.Variant == EumVariant.Scholz ? new ScholzProbability() : new SortedBdmProbability();

    /// <summary>
    /// The world as receiver <paramref name="i"/> sees it: others at believed positions and saliences, and
    /// cohesive coalitions (cohesive in its eyes) voting as blocks. The truth itself when nothing differs.
    /// </summary>
    private (SortedPositions View, IWinProbability Probability) ViewOf(Cast cast, DiplomacyState state, int d, int[] members, int i,
        double[] x, double[] sal, double[] cap, SortedPositions truth, IWinProbability truthProbability, double[] risk)
    {
        var n = members.Length;
        var h = members[i];
        var believed = new double[n];
        var believedSalience = new double[n];
        var differs = false;
        for (var k = 0; k < n; k++)
        {
            believed[k] = state.Believed(cast, h, members[k], d);
            believedSalience[k] = state.BelievedSalience(h, members[k], d);
            differs |= believed[k] != x[k] || believedSalience[k] != sal[k];
        }
        var blocs = Blocs(cast, d, members, believed, cap, believedSalience);
        if (!differs && blocs.Count == 0)
        {
            return (truth, truthProbability);
        }
        var weights = new double[n];
        for (var k = 0; k < n; k++)
        {
            weights[k] = cap[k] * believedSalience[k];
        }
        var view = new SortedPositions(n);
        view.Fill(believed, believedSalience, weights, cast.Delta[d]);
        IWinProbability probability;
        if (blocs.Count == 0)
        {
            probability = NewProbability();
        }
        else
        {
            var inBloc = blocs.SelectMany(b => b).ToHashSet();
            var voters = new List<(double, double)>();
            for (var k = 0; k < n; k++)
            {
                if (!inBloc.Contains(k))
                {
                    voters.Add((believed[k], weights[k]));
                }
            }
            foreach (var bloc in blocs)
            {
                var pooled = bloc.Sum(k => weights[k]);
                var mean = pooled > 0 ? bloc.Sum(k => weights[k] * believed[k]) / pooled : bloc.Average(k => believed[k]);
                voters.Add((mean, pooled));
            }
            probability = new BlocProbability(voters);
        }
        probability.Prepare(view, risk, cast.Delta[d]);
        return (view, probability);
    }

    /// <summary>The joint-position coalitions whose members on this issue stand within the cohesion band of each other.</summary>
    private static List<int[]> Blocs(Cast cast, int d, int[] members, double[] believed, double[] cap, double[] sal)
    {
        var blocs = new List<int[]>();
        foreach (var coalition in cast.Scenario.Coalitions.Where(c => c.JointPosition))
        {
            var slots = Enumerable.Range(0, members.Length).Where(k => coalition.Members.Contains(cast.Actors[members[k]])).ToArray();
            if (slots.Length < 2)
            {
                continue;
            }
            var band = (coalition.CohesionBand ?? cast.Settings.CohesionBand) * cast.Delta[d];
            var spread = slots.Max(k => believed[k]) - slots.Min(k => believed[k]);
            if (spread <= band)
            {
                blocs.Add(slots);
            }
        }
        return blocs;
    }

    private static void SignalDelivery(Cast cast, DiplomacyState state, int round, RoundRecorder record)
    {
        var s = cast.Scenario;
        foreach (var signal in s.Signals.Where(x => x.Round == round))
        {
            if (!cast.IssueIndex.TryGetValue(signal.Issue, out var d))
            {
                continue;
            }
            var beta = cast.Settings.Credibility(signal.Channel);
            var cost = cast.Settings.AudienceCost(signal.Channel);
            var hearers = signal.Channel == Channel.Private
                ? signal.Recipients.Where(cast.ActorIndex.ContainsKey).Select(r => cast.ActorIndex[r]).ToArray()
                : Enumerable.Range(0, cast.Actors.Length).ToArray();
            double? shownCredibility = null;
            foreach (var sender in signal.Senders.Where(cast.ActorIndex.ContainsKey).Select(id => cast.ActorIndex[id]))
            {
                var w = beta * state.Reputation[sender];
                shownCredibility ??= w;
                var k = signal.Strength;
                foreach (var h in hearers.Where(h => h != sender))
                {
                    var kappa = state.Confidence[h][sender][d];
                    if (double.IsPositiveInfinity(kappa) || !(kappa + w * k > 0))
                    {
                        continue;
                    }
                    var before = state.Believed(cast, h, sender, d);
                    var salienceBefore = state.BelievedSalience(h, sender, d);
                    var after = before;
                    var salienceAfter = salienceBefore;
                    if (signal.Position is { } y)
                    {
                        after = (kappa * before + w * k * y) / (kappa + w * k);
                        state.PositionGap[h][sender][d] = after - state.X[d][sender];
                    }
                    if (signal.Salience is { } claimed)
                    {
                        var z = claimed / s.SalienceCeiling;
                        salienceAfter = (kappa * salienceBefore + w * k * z) / (kappa + w * k);
                        state.SalienceGap[h][sender][d] = salienceAfter - state.S[d][sender];
                    }
                    state.Confidence[h][sender][d] = kappa + w * k;
                    record.Beliefs.Add(new BeliefShift(cast.Actors[h], cast.Actors[sender], signal.Issue, signal.Id,
                        before, after, salienceBefore, salienceAfter, kappa + w * k));
                }
                if (signal.Position is { } claim)
                {
                    state.Claims[sender][d] = new Claim(claim, cost);
                }
            }
            record.Signals.Add(new SignalDelivery(signal.Id, signal.Senders.ToArray(), signal.Issue, signal.Position,
                signal.Salience / s.SalienceCeiling, Channels.NameOf(signal.Channel),
                hearers.Where(h => !signal.Senders.Contains(cast.Actors[h])).Select(h => cast.Actors[h]).ToArray(),
                shownCredibility ?? 0, signal.Description));
        }
    }

    /// <summary>ρ ← λρ + (1 − λ)·consistency, consistency = 1 − |x − y|/Δ averaged over the sender's standing claims.</summary>
    private static void UpdateReputation(Cast cast, DiplomacyState state)
    {
        var lambda = cast.Settings.ReputationMemory;
        for (var a = 0; a < cast.Actors.Length; a++)
        {
            double total = 0;
            var count = 0;
            for (var d = 0; d < cast.Issues.Length; d++)
            {
                if (state.Claims[a][d] is { } claim && cast.Delta[d] > 0)
                {
                    total += Math.Max(0, 1 - Math.Abs(state.X[d][a] - claim.Position) / cast.Delta[d]);
                    count++;
                }
            }
            if (count > 0)
            {
                state.Reputation[a] = lambda * state.Reputation[a] + (1 - lambda) * (total / count);
            }
        }
    }

    private static RoundState Record(Cast cast, DiplomacyState state, int d, int round, int[] members, double[] weights,
        int[] proposer, OfferKind[] kind, double[] eij, double[] eji, double[] risk, List<Dyad> dyads, DiplomacyState start)
    {
        var n = members.Length;
        var positions = new Dictionary<string, double>(n, StringComparer.Ordinal);
        var riskBy = new Dictionary<string, double>(n, StringComparer.Ordinal);
        var offers = new List<Offer>();
        var end = new double[n];
        for (var k = 0; k < n; k++)
        {
            var a = members[k];
            end[k] = state.X[d][a];
            positions[cast.Actors[a]] = end[k];
            riskBy[cast.Actors[a]] = risk[k];
            if (proposer[k] >= 0)
            {
                offers.Add(new Offer(cast.Actors[a], cast.Actors[members[proposer[k]]], kind[k], start.X[d][a], end[k], eij[k], eji[k]));
            }
        }
        var byPosition = Enumerable.Range(0, n).OrderBy(k => end[k]).ToArray();
        var sortedPositions = byPosition.Select(k => end[k]).ToArray();
        var sortedWeights = byPosition.Select(k => weights[k]).ToArray();
        return new RoundState
        {
            Round = round,
            Positions = positions,
            WeightedMean = ForecastStatistics.Mean(end, weights),
            WeightedMedian = ForecastStatistics.MedianOfSorted(sortedPositions, sortedWeights, weights),
            Risk = riskBy,
            Offers = offers,
            Dyads = n <= ExpectedUtilityModel.DyadTableLimit ? dyads : null,
        };
    }

    internal static IReadOnlyList<Participant> Participants(Cast cast, DiplomacyState state, int d)
    {
        var list = new List<Participant>();
        for (var a = 0; a < cast.Actors.Length; a++)
        {
            if (cast.In[d][a] && state.Active[a])
            {
                list.Add(new Participant(cast.Actors[a], state.X[d][a], state.S[d][a], state.C[d][a] * cast.Unity[d][a]));
            }
        }
        return list;
    }

    private static double[][][] Cube(int actors, int issues, double value) =>
        Enumerable.Range(0, actors).Select(_ => Enumerable.Range(0, actors).Select(_ => Enumerable.Repeat(value, issues).ToArray()).ToArray()).ToArray();
}

/// <summary>Collects what happened in one round for the scenario-level record.</summary>
internal sealed class RoundRecorder(int round)
{
    public int Round => round;
    public List<SignalDelivery> Signals { get; } = [];
    public List<BeliefShift> Beliefs { get; } = [];
    public List<RoundEvent> Events { get; } = [];
    public double Escalation { get; set; }

    public ScenarioRound ToScenarioRound() => new()
    {
        Round = round,
        Signals = Signals,
        Beliefs = Beliefs,
        Events = Events,
        EscalationIndex = Escalation,
    };
}
