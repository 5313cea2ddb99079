using System.Globalization;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Commitments;
using Entente.Models.Diplomacy.Randomness;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>The layer's steps within a round: events, signals, decisions (specification §11.1 steps 1, 2 and 4).</summary>
internal sealed class LayerRoundContext(LayerCast cast, TypeSpace types, List<ActiveCommitment> commitments, List<string> narrative, List<string> warnings, (ulong Seed, ulong Trial)? draw)
{
    private static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    private string Name(int a) => cast.NameOf(a);

    // The sender as the file names it: a faction when one sent the claim, else the actor.
    private int Named(ResolvedClaim claim) => claim.Source.Senders.Contains(cast.Agents[claim.Speaker]) ? claim.Speaker : claim.Sender;

    /// <summary>Step 1: a sender disowns a leak: it pays α_disown·A, the commitment ends, the audience reads it as a renege.</summary>
    public void Events(LayerState state, int round, RoundLog log)
    {
        foreach (var e in cast.Layer.Events.Where(e => e.Round == round))
        {
            var c = commitments.FirstOrDefault(c => c.Claim.Source.Id == e.Disown && !c.Ended);
            if (c is null)
            {
                continue;
            }
            c.Ended = true;
            var paid = cast.Parameters.AlphaDisown * cast.AudienceCapacity[c.Claim.Speaker];
            LearnDecision(state, c, honoured: false, state.Beliefs);
            log.Decisions.Add(new LayerDecision
            {
                Kind = "disown", Actor = cast.Actors[c.Claim.Sender], Signal = e.Disown, Issue = cast.Issues[c.Claim.ActionIssue],
                Value = 0, Cost = paid, Paid = paid,
            });
            narrative.Add($"Round {round}: {Name(Named(c.Claim))} disowned the leak '{e.Disown}' (cost {F(paid)}).");
        }
    }

    /// <summary>Step 2: the round's signals in scenario order, each observer updating before the next is read (A16).</summary>
    public void Signals(LayerState state, int round, RoundLog log)
    {
        foreach (var claim in cast.Layer.Signals.Where(s => s.Round == round))
        {
            if (claim.Kind == ClaimKind.Report)
            {
                log.Signals.Add(ReportReading.Read(cast, state, claim, narrative));
                continue;
            }
            var resolved = ResolvedClaim.Resolve(cast, claim, state.Positions);
            if (resolved.Addressee < 0)
            {
                warnings.Add($"signal '{claim.Id}': nobody on '{cast.Issues[resolved.AskIssue]}' stands across {F(resolved.AskLevel)} from {cast.Actors[resolved.Sender]}, so the stand binds nobody and is ignored");
                continue;
            }
            // A joint stand is a stand by every co-sender: each has its own stage game, audience cost and tests (§4.4).
            var committers = claim.Kind == ClaimKind.Stand
                ? resolved.Senders.Select(j => resolved with { Sender = j, Speaker = j == resolved.Sender ? resolved.Speaker : cast.Voice(j) }).ToArray()
                : [resolved];
            foreach (var committed in committers)
            {
                Read(state, round, log, claim, committed);
            }
            // A report attached to a credit or blame reaches third parties (§4.5).
            if (claim.Kind is ClaimKind.Credit or ClaimKind.Blame && claim.Report is not null)
            {
                log.Signals.Add(ReportReading.Read(cast, state, claim with { Id = claim.Id + "/report", Kind = ClaimKind.Report, To = null }, narrative));
            }
        }
    }

    private void Read(LayerState state, int round, RoundLog log, Domain.Strategic.Claim claim, ResolvedClaim resolved)
    {
        var sent = !claim.Strategic || Sends(state, resolved, round);
        var readings = new List<ObserverReading>();
        foreach (var h in resolved.Audience)
        {
            if (resolved.Senders.Contains(h) || h == resolved.Speaker)
            {
                continue; // a sender's own beliefs never change
            }
            // Credit and blame are read by their subject; third parties learn only from a report.
            if (claim.Kind is ClaimKind.Credit or ClaimKind.Blame && h != resolved.Addressee)
            {
                continue;
            }
            var reading = new ClaimReading(cast, state, types, resolved, h);
            var solution = reading.Solve();
            var principal = Principal(reading);
            var dimIndex = Array.IndexOf(reading.SenderDimensions, principal);
            var before = reading.Senders.MarginalMean(reading.Senders.Weights.AsSpan(), dimIndex);
            var posterior = reading.Senders.Project(sent ? solution.PosteriorClaim : solution.PosteriorSilent);
            for (var i = 0; i < reading.SenderDimensions.Length; i++)
            {
                state.Beliefs.Set(h, resolved.Speaker, reading.SenderDimensions[i], posterior[i]);
            }
            readings.Add(new ObserverReading(cast.Agents[h], solution.SilentCredibility, solution.ClaimCredibility,
                solution.Kind.ToString().ToLowerInvariant(), cast.DimensionName(principal), before, posterior[dimIndex].Mean));
        }
        if (sent)
        {
            var z0 = resolved.Level(claim.ExpectedConditionValue ?? state.Positions[resolved.ConditionActor, resolved.ConditionIssue]);
            var direction = z0 >= state.Positions[resolved.Sender, resolved.ActionIssue] ? BoundDirection.AtLeast : BoundDirection.AtMost;
            if (claim.Kind == ClaimKind.Stand)
            {
                // A stand binds the sender not to move past its level, away from its ideal.
                direction = cast.Ideal[resolved.Sender, resolved.AskIssue] >= resolved.AskLevel ? BoundDirection.AtLeast : BoundDirection.AtMost;
            }
            var a = cast.Costs.Audience(claim.Channel) * cast.AudienceCapacity[resolved.Speaker];
            commitments.Add(new ActiveCommitment(resolved, round, a, direction));
        }
        var first = resolved.Sender == resolved.Senders[0] || claim.Kind != ClaimKind.Stand;
        log.Signals.Add(new SignalReading
        {
            // Each co-sender's reading of a joint stand is its own entry: the first under the signal's id.
            Id = first ? claim.Id : $"{claim.Id}/{cast.Actors[resolved.Sender]}",
            Sender = cast.Agents[Named(resolved)],
            CoSenders = resolved.Senders.Length > 1 ? [.. resolved.Senders.Where(j => j != resolved.Sender).Select(j => cast.Actors[j])] : null,
            Addressee = resolved.Addressee >= 0 ? cast.Actors[resolved.Addressee] : null,
            Channel = Channels.NameOf(claim.Channel),
            Kind = claim.Kind.ToString().ToLowerInvariant(),
            Sent = sent,
            Observers = readings,
        });
        narrative.Add(Narrate(round, claim, resolved, readings, sent));
    }


    // The dimension an observer's reading is reported on: the sender's reciprocity for rewards, its resolve on
    // the ask's issue for punishments; whichever of the two the observer is unsure of.
    private int Principal(ClaimReading reading)
    {
        var ask = reading.SenderDimensions[0];
        int[] order = reading.SenderDimensions.Contains(LayerCast.Reciprocity) && reading.IsReward ? [LayerCast.Reciprocity, ask] : [ask, LayerCast.Reciprocity];
        foreach (var k in order)
        {
            var i = Array.IndexOf(reading.SenderDimensions, k);
            if (i >= 0 && !reading.Senders.Marginals[i].IsPoint)
            {
                return k;
            }
        }
        return order[0];
    }

    // §5.7: a strategic signal is sent when the sender's true type sends in the addressee's game (nominal: σ ≥ ½;
    // a trial draws on mix/signal/round).
    private bool Sends(LayerState state, ResolvedClaim claim, int round)
    {
        var reading = new ClaimReading(cast, state, types, claim, claim.Addressee);
        var solution = reading.Solve();
        var t = 0;
        var stride = 1;
        for (var i = reading.SenderDimensions.Length - 1; i >= 0; i--)
        {
            var grid = reading.Senders.Marginals[i];
            t += grid.Nearest(types.TrueValue(claim.Speaker, reading.SenderDimensions[i])) * stride;
            stride *= grid.Count;
        }
        var sigma = solution.Sigma[t];
        return draw is { } dr
            ? NamedStreams.Uniform(dr.Seed, dr.Trial, $"mix/{claim.Source.Id}/{round}") < sigma
            : sigma >= 0.5;
    }

    private string Narrate(int round, Domain.Strategic.Claim claim, ResolvedClaim resolved, List<ObserverReading> readings, bool sent)
    {
        var who = claim.Kind == ClaimKind.Stand && resolved.Senders.Length > 1 ? $"{Name(resolved.Sender)} (jointly with {Common.Wording.List(resolved.Senders.Where(j => j != resolved.Sender).Select(Name))})"
            : resolved.Senders.Length == 1 ? Name(Named(resolved))
            : Common.Wording.List(resolved.Senders.Select(Name));
        var to = resolved.Addressee >= 0 ? $" to {Name(resolved.Addressee)}" : "";
        var what = claim.Description is { Length: > 0 } text ? $" ({text})" : "";
        if (!sent)
        {
            return $"Round {round}: {who} chose not to send the {claim.Kind.ToString().ToLowerInvariant()} '{claim.Id}'{to}.";
        }
        var parts = readings.Select(r =>
            $"{Name(cast.AgentIndex[r.Observer])} reads it as {F(r.Credibility)} credible ({r.Kind}; {r.Dimension} of {who} {F(r.PriorMean)} → {F(r.PosteriorMean)})");
        var heard = readings.Count == 0 ? "nobody outside the senders heard it" : string.Join("; ", parts);
        return $"Round {round}: {who}, {Channels.NameOf(claim.Channel)} {claim.Kind.ToString().ToLowerInvariant()} '{claim.Id}'{to}{what}: {heard}.";
    }

    /// <summary>
    /// Step 4 on the start-of-round state: (c) addressees comply or not, (d) committers honour or renege and
    /// stands are held or abandoned, overriding the base model's moves; returns which (actor, issue) the layer moved.
    /// </summary>
    public bool[,] Decisions(LayerState state, int round, double[,] proposed, RoundLog log, BeliefBook learned, NegotiationDesk desk)
    {
        var moved = new bool[cast.ActorCount, cast.IssueCount];
        for (var d = 0; d < cast.IssueCount; d++)
        {
            if (cast.Decider[d] >= 0)
            {
                Choose(state, d, round, proposed, moved, log, learned, desk);
            }
        }
        desk.Concessions(state, types, commitments, round, proposed, moved, log, learned);
        foreach (var c in Active(round))
        {
            Comply(state, c, round, proposed, moved, log, learned);
        }
        foreach (var c in Active(round))
        {
            Test(state, c, round, proposed, moved, log, learned);
        }
        // Honoured levels and complied asks hold while their commitments do: moves back across them are truncated.
        foreach (var c in Active(round))
        {
            // A threat or promise holds its level only while its condition still calls for it (a promise whose
            // condition lapses releases the reward); a stand holds while it stands.
            if (c.Held is { } level && (c.Claim.Source.Kind == ClaimKind.Stand || c.Claim.Triggered(proposed[c.Claim.ConditionActor, c.Claim.ConditionIssue])))
            {
                var issue = c.Claim.Source.Kind == ClaimKind.Stand ? c.Claim.AskIssue : c.Claim.ActionIssue;
                Truncate(proposed, moved, c.Claim.Sender, issue, c.Direction, level);
            }
            if (c.Complied && c.Claim.Addressee >= 0)
            {
                Truncate(proposed, moved, c.Claim.Addressee, c.Claim.AskIssue, c.Claim.AskDirection, c.Claim.AskLevel);
            }
        }
        TellChoices(state, round, proposed, log);
        return moved;
    }

    // The commitments active in the round, taken before any is decided (as a copy would be), into one list reused every call.
    private List<ActiveCommitment> Active(int round)
    {
        _active.Clear();
        foreach (var c in commitments)
        {
            if (c.ActiveIn(round))
            {
                _active.Add(c);
            }
        }
        return _active;
    }

    private readonly List<ActiveCommitment> _active = [];

    // The posteriors of one choice by the belief they were read from, refilled by every Choose.
    private readonly Dictionary<TypeGrid, TypeGrid> _read = new(ReferenceEqualityComparer.Instance);

    // §9: the decider of a unilateral issue picks its best response; observers read the choice on their grids of its resolve.
    private void Choose(LayerState state, int d, int round, double[,] proposed, bool[,] moved, RoundLog log, BeliefBook learned, NegotiationDesk desk)
    {
        var k = cast.Decider[d];
        var choice = new Unilateral.UnilateralChoice(cast, state, types, commitments, desk.Items(k, d, round), round);
        var best = choice.Choose(d);
        proposed[k, d] = best.Position;
        moved[k, d] = true;
        var dim = LayerCast.ResolveOn(d);
        var read = _read;
        read.Clear();
        foreach (var h in cast.Observers)
        {
            if (h == k)
            {
                continue;
            }
            if (cast.IsComposite(k))
            {
                // A composite's choice is read on the joint grid of its factions' resolves (§9: the objective is theirs).
                learned.UpdateJoint(h, k, [dim], r => Probability.TrembleLikelihood(choice.Chooses(d, r, best.Position)));
                continue;
            }
            var belief = learned[h, k, dim];
            if (belief.IsPoint)
            {
                continue;
            }
            // Observers who held the same belief (a shared grid) read the choice alike: computed once.
            if (!read.TryGetValue(belief, out var posterior))
            {
                var would = choice.WouldChoose(d, belief.Points, best.Position);
                posterior = Probability.Update(belief, [.. would.Select(Probability.TrembleLikelihood)]).Posterior;
                read[belief] = posterior;
            }
            learned.Set(h, k, dim, posterior);
        }
        _choices.Add((k, d, best.Position, best.Value));
    }

    // The choices of the round, told once the commitments' holds are applied: what the decider ends up doing.
    private readonly List<(int Actor, int Issue, double Chosen, double Value)> _choices = [];

    private void TellChoices(LayerState state, int round, double[,] proposed, RoundLog log)
    {
        foreach (var (k, d, chosen, value) in _choices)
        {
            var final = proposed[k, d];
            // Nothing to tell when it stays put, or when it wanted to stay and a commitment moved it (told there).
            if (final == state.Positions[k, d] || chosen == state.Positions[k, d])
            {
                continue;
            }
            log.Decisions.Add(new LayerDecision
            {
                Kind = "choose", Actor = cast.Actors[k], Signal = "", Issue = cast.Issues[d], Level = final, Value = value, Cost = 0,
            });
            narrative.Add(final == chosen
                ? $"Round {round}: {Name(k)} sets {cast.Issues[d]} at {F(final)} (its best response)."
                : $"Round {round}: {Name(k)} would set {cast.Issues[d]} at {F(chosen)}, but its commitment holds it at {F(final)}.");
        }
        _choices.Clear();
    }

    private static void Truncate(double[,] proposed, bool[,] moved, int actor, int issue, BoundDirection direction, double level)
    {
        var x = proposed[actor, issue];
        var held = direction == BoundDirection.AtLeast ? Math.Max(x, level) : Math.Min(x, level);
        if (held != x)
        {
            proposed[actor, issue] = held;
            moved[actor, issue] = true;
        }
    }

    // §7.4: the addressee complies iff P^R(c)·Δ_R > L_R + f (threat) or P^R(c)·G_R > L_R (promise), with its true type.
    private void Comply(LayerState state, ActiveCommitment c, int round, double[,] proposed, bool[,] moved, RoundLog log, BeliefBook learned)
    {
        var claim = c.Claim;
        var r = claim.Addressee;
        // An ask on an issue the addressee decides alone is weighed inside its best response (§7.4).
        if (r < 0 || c.Complied || claim.Contest || cast.Decider[claim.AskIssue] == r || !cast.Takes[r, claim.AskIssue]
            || claim.Complies(state.Positions[r, claim.AskIssue]))
        {
            return;
        }
        var reading = new ClaimReading(cast, state, types, claim, r);
        var credibility = reading.HonourProbability();
        var loss = reading.ComplianceLoss(types.TrueValue(r, LayerCast.ResolveOn(claim.AskIssue)));
        var harm = reading.Harm(types.TrueValue(r, LayerCast.ResolveOn(claim.AskIssue)), types.TrueValue(r, LayerCast.ResolveOn(claim.ActionIssue)));
        var (left, right) = claim.Rewards ? (credibility * -harm, loss) : (credibility * harm, loss + reading.Face);
        if (left > right)
        {
            c.Complied = true;
            proposed[r, claim.AskIssue] = claim.AskLevel;
            moved[r, claim.AskIssue] = true;
            log.Decisions.Add(new LayerDecision
            {
                Kind = "comply", Actor = cast.Actors[r], Signal = claim.Source.Id, Issue = cast.Issues[claim.AskIssue],
                Level = claim.AskLevel, Value = left, Cost = right,
            });
            narrative.Add($"Round {round}: {Name(r)} complies with '{claim.Source.Id}': {cast.Issues[claim.AskIssue]} → {F(claim.AskLevel)} (believes it {F(credibility)} likely to be carried out; {F(left)} > {F(right)}).");
        }
        LearnCompliance(state, c, credibility, left > right, learned);
    }

    // §6.3: everyone sees whether the addressee complied, and reads it on its grid of the addressee's resolve on the
    // ask's and the action's issues, through the same rule with the credibility the addressee gave the commitment.
    private void LearnCompliance(LayerState state, ActiveCommitment c, double credibility, bool complied, BeliefBook learned)
    {
        var claim = c.Claim;
        var r = claim.Addressee;
        var dims = ClaimReading.ReceiverDimensionsOf(claim);
        var reading = new ClaimReading(cast, state, types, claim, r);
        var read = new List<(TypeGrid[] Before, TypeGrid[]? After)>();
        bool Would(double onAsk, double onAction) => claim.Rewards
            ? credibility * -reading.Harm(onAsk, onAction) > reading.ComplianceLoss(onAsk)
            : credibility * reading.Harm(onAsk, onAction) > reading.ComplianceLoss(onAsk) + reading.Face;
        foreach (var h in cast.Observers)
        {
            if (h == r || cast.Owner[h] == r)
            {
                continue;
            }
            if (cast.IsComposite(r))
            {
                // A composite's compliance is read on its resolve r = Σ w_f r_f, on the joint grid of its factions (§6.4).
                learned.Update(h, r, dims, v => Would(v[0], v[^1]) == complied ? 1 - cast.Parameters.Tremble : cast.Parameters.Tremble);
                continue;
            }
            var held = new TypeGrid[dims.Length];
            for (var i = 0; i < dims.Length; i++)
            {
                held[i] = learned[h, r, dims[i]];
            }
            // Observers who held the same beliefs (shared grids) read the decision alike: computed once.
            var same = read.FindIndex(e => TypeGrid.SameGrids(e.Before, held));
            if (same >= 0)
            {
                if (read[same].After is { } known)
                {
                    for (var i = 0; i < dims.Length; i++)
                    {
                        learned.Set(h, r, dims[i], known[i]);
                    }
                }
                continue;
            }
            var grid = new JointGrid(held);
            if (grid.Count == 1)
            {
                read.Add((held, null));
                continue;
            }
            var likelihood = new double[grid.Count];
            for (var u = 0; u < grid.Count; u++)
            {
                var onAsk = grid.ValueOf(u, 0);
                var onAction = grid.ValueOf(u, dims.Length - 1);
                var loss = reading.ComplianceLoss(onAsk);
                var harm = reading.Harm(onAsk, onAction);
                var would = claim.Rewards ? credibility * -harm > loss : credibility * harm > loss + reading.Face;
                likelihood[u] = would == complied ? 1 - cast.Parameters.Tremble : cast.Parameters.Tremble;
            }
            var (marginals, updated) = grid.Update(likelihood);
            read.Add((held, updated ? [.. marginals] : null));
            if (updated)
            {
                for (var i = 0; i < dims.Length; i++)
                {
                    learned.Set(h, r, dims[i], marginals[i]);
                }
            }
        }
    }

    // §7.1-7.2: tested commitments are honoured or broken by the committer, with its true type.
    private void Test(LayerState state, ActiveCommitment c, int round, double[,] proposed, bool[,] moved, RoundLog log, BeliefBook learned)
    {
        var claim = c.Claim;
        var s = claim.Sender;
        double level;
        int issue;
        double fraction = 1.0;
        double? conditionValue = null;
        if (claim.Source.Kind == ClaimKind.Stand)
        {
            // A stand is tested when the sender's proposed move would cross its level; once held, truncation keeps
            // it there while it stands, so it is not decided again.
            issue = claim.AskIssue;
            level = claim.AskLevel;
            if (c.Held is not null || (c.Direction == BoundDirection.AtLeast ? proposed[s, issue] >= level : proposed[s, issue] <= level))
            {
                return;
            }
        }
        else
        {
            var v = state.Positions[claim.ConditionActor, claim.ConditionIssue];
            if (!claim.Triggered(v))
            {
                return;
            }
            conditionValue = v;
            issue = claim.ActionIssue;
            level = claim.Level(v);
            var now = state.Positions[s, issue];
            // Doing more than committed is not a test (A5: a contest is tested whenever triggered).
            if (!claim.Contest && !CommitmentTest.IsTested(now, level, c.Direction == BoundDirection.AtLeast ? Direction.AtLeast : Direction.AtMost))
            {
                return;
            }
            if (!claim.Contest)
            {
                var previous = Math.Clamp(now, claim.LowestLevel, claim.HighestLevel);
                fraction = HonourRule.StepFraction(previous, level, claim.LowestLevel, claim.HighestLevel);
            }
        }
        var reading = new ClaimReading(cast, state, types, claim, claim.Speaker, conditionValue);
        var stake = reading.ReputationStake(c.AudienceCost);
        var (value, cost) = reading.HonourSides(reading.Senders, 0, c.AudienceCost, stake);
        var honour = HonourRule.Honours(value, cost, fraction);
        var votes = "";
        if (cast.IsComposite(s))
        {
            // The composite acts by weighted majority (§4.4): the speaker with its claim's audience cost and reputation at
            // stake, every other faction on its own payoff, its hands tied only by an endorsement of its own.
            var factions = cast.FactionsOf[s];
            var acts = factions.Select(g => g == claim.Speaker ? honour : Honours(reading, g, fraction)).ToArray();
            honour = Factions.WeightedMajority.ActProbability([.. acts.Select(a => a ? 1.0 : 0.0)], [.. factions.Select(g => cast.Share[g])]) >= 0.5;
            votes = $" by weighted majority ({string.Join(", ", factions.Select((g, i) => $"{cast.Agents[g][(cast.Actors[s].Length + 1)..]} {(acts[i] ? "for" : "against")}"))})";
        }
        if (honour)
        {
            if (!claim.Contest || claim.Source.Kind == ClaimKind.Stand)
            {
                c.Released ??= state.Positions[s, issue];
                c.Held = level;
                proposed[s, issue] = level;
                moved[s, issue] = true;
            }
        }
        else
        {
            c.Ended = true;
        }
        LearnDecision(state, c, honour, learned, conditionValue);
        if (!honour && claim.Source.Kind != ClaimKind.Stand)
        {
            // The other co-senders of a joint claim had tied their hands to the common line: they pay too (§4.4).
            foreach (var j in claim.Senders.Where(j => j != s))
            {
                var share = cast.Costs.Audience(claim.Source.Channel) * cast.AudienceCapacity[j];
                log.Decisions.Add(new LayerDecision
                {
                    Kind = "shares-cost", Actor = cast.Actors[j], Signal = claim.Source.Id, Issue = cast.Issues[claim.AskIssue], Value = 0, Cost = share, Paid = share,
                });
            }
        }
        // Carrying out a contest costs the committer its conflict cost (A5); holding a stand costs nothing more.
        var paid = honour ? (claim.Contest && claim.Source.Kind != ClaimKind.Stand ? cast.ConflictCost[s] : 0.0) : c.AudienceCost;
        log.Decisions.Add(new LayerDecision
        {
            Kind = honour ? "honour" : "renege", Actor = cast.Actors[s], Signal = claim.Source.Id, Issue = cast.Issues[issue],
            Level = honour ? level : null, Value = fraction * value, Cost = cost, Paid = paid,
        });
        narrative.Add(honour
            ? $"Round {round}: {Name(s)} honours '{claim.Source.Id}'{votes}: {cast.Issues[issue]} {(claim.Contest && claim.Source.Kind != ClaimKind.Stand ? "contested" : "→ " + F(level))} (value {F(fraction * value)} {(HonourRule.Honours(value, cost, fraction) ? "≥" : "<")} cost {F(cost)})."
            : $"Round {round}: {Name(s)} breaks '{claim.Source.Id}'{votes} (value {F(fraction * value)} {(HonourRule.Honours(value, cost, fraction) ? "≥" : "<")} cost {F(cost)}) and pays {F(paid)}.");
    }

    // §6.3, A7: the commitment's audience reads the decision through the rule without the reputation term.
    private void LearnDecision(LayerState state, ActiveCommitment c, bool honoured, BeliefBook into, double? conditionValue = null)
    {
        var s = c.Claim.Speaker;
        foreach (var h in c.Claim.Audience)
        {
            if (c.Claim.Senders.Contains(h) || h == s)
            {
                continue;
            }
            var reading = new ClaimReading(cast, state, types, c.Claim, h, conditionValue);
            if (cast.IsComposite(c.Claim.Sender))
            {
                LearnMajority(reading, c, honoured, h, into);
                continue;
            }
            var grid = new JointGrid([.. reading.SenderDimensions.Select(k => into[h, s, k])]);
            var rule = reading.LevelZero(grid, c.AudienceCost);
            var likelihood = rule.Select(honours => honours == honoured ? 1 - cast.Parameters.Tremble : cast.Parameters.Tremble).ToArray();
            var (marginals, updated) = grid.Update(likelihood);
            if (!updated)
            {
                warnings.Add($"{cast.Agents[h]} could not read {cast.Agents[s]}'s decision on '{c.Claim.Source.Id}' (no type it believes in would take it); its belief is unchanged");
                continue;
            }
            for (var i = 0; i < reading.SenderDimensions.Length; i++)
            {
                into.Set(h, s, reading.SenderDimensions[i], marginals[i]);
            }
        }
    }

    // Another faction's decision on a composite's commitment, with its true type and its endorsement's true audience cost.
    private bool Honours(ClaimReading reading, int faction, double fraction)
    {
        var (value, cost) = reading.HonourSides(reading.TrueGrid(faction), 0, reading.Endorsement(faction) * cast.AudienceCapacity[faction], 0, faction);
        return HonourRule.Honours(value, cost, fraction);
    }

    // §6.3 for a composite: the decision was the weighted majority's. Each faction's marginal is updated exactly (its
    // types independent of the others'): L(t) = ε + (1 − 2ε)·P(the majority decided so | the faction's rule for t), the
    // other factions acting with h's probabilities (the speaker with its claim's audience cost, the rest with none).
    private void LearnMajority(ClaimReading reading, ActiveCommitment c, bool honoured, int h, BeliefBook into)
    {
        var factions = cast.FactionsOf[c.Claim.Sender];
        var weights = factions.Select(g => cast.Share[g]).ToArray();
        var grids = factions.Select(g => new JointGrid([.. reading.SenderDimensions.Select(k => into[h, g, k])])).ToArray();
        var rules = factions.Select((g, i) => reading.LevelZero(grids[i], g == c.Claim.Speaker ? c.AudienceCost : reading.Endorsement(g) * cast.PerceivedCapacity[h, g], g)).ToArray();
        var acting = factions.Select((_, i) => Enumerable.Range(0, grids[i].Count).Sum(t => rules[i][t] ? grids[i].Weights[t] : 0.0)).ToArray();
        var tremble = cast.Parameters.Tremble;
        for (var i = 0; i < factions.Length; i++)
        {
            if (factions[i] == h || grids[i].Count == 1)
            {
                continue;
            }
            var vote = new Factions.FactionVote(acting, weights, i);
            var likelihood = rules[i].Select(acts =>
            {
                var p = vote.Given(acts);
                return tremble + (1 - 2 * tremble) * (honoured ? p : 1 - p);
            }).ToArray();
            var (marginals, updated) = grids[i].Update(likelihood);
            if (!updated)
            {
                continue;
            }
            for (var k = 0; k < reading.SenderDimensions.Length; k++)
            {
                into.Set(h, factions[i], reading.SenderDimensions[k], marginals[k]);
            }
        }
    }
}
