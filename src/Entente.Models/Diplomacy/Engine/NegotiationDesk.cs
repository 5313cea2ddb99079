using System.Globalization;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Factions;
using Entente.Models.Diplomacy.Negotiations;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>
/// The negotiations of a run (specification §8): each round until its deadline a party still apart decides,
/// with its true resolve, whether waiting is worth more than it costs — the no-deal cost discounted by
/// β^(T−t) rises as the deadline nears, divided opponents make waiting pay — and a conceder moves to the other
/// side's offer. A deal closes the negotiation when every party agrees on every issue and every item is met.
/// </summary>
internal sealed class NegotiationDesk
{
    private readonly LayerCast _cast;
    private readonly Table[] _tables;
    private readonly double[] _delayBase, _delayBenefit;
    private readonly List<(int Actor, int Via, double Scale)>[] _delayLinks;

    public NegotiationDesk(LayerCast cast, int horizon)
    {
        _cast = cast;
        var p = cast.Parameters;
        _tables = [.. cast.Layer.Negotiations.Select(n => new Table(cast, n, horizon))];
        _delayBase = Enumerable.Repeat(p.DelayBase, cast.ActorCount).ToArray();
        _delayBenefit = Enumerable.Repeat(p.DelayBenefit, cast.ActorCount).ToArray();
        _delayLinks = [.. Enumerable.Range(0, cast.ActorCount).Select(_ => new List<(int, int, double)>())];
        foreach (var delay in cast.Layer.Delay)
        {
            if (!cast.ActorIndex.TryGetValue(delay.Actor, out var a))
            {
                continue;
            }
            _delayBase[a] = delay.Base ?? _delayBase[a];
            _delayBenefit[a] = delay.Benefit ?? _delayBenefit[a];
            foreach (var link in delay.From)
            {
                if (cast.ActorIndex.TryGetValue(link.Actor, out var j) && cast.IssueIndex.TryGetValue(link.Issue, out var v))
                {
                    _delayLinks[a].Add((j, v, link.Scale));
                }
            }
        }
    }

    /// <summary>The outcome of each negotiation so far.</summary>
    public IReadOnlyList<NegotiationOutcome> Outcomes => [.. _tables.Select(t => t.Outcome)];

    /// <summary>The last deadline, so the run does not stop before it.</summary>
    public int LastDeadline => _tables.Where(t => t.HasDeadline).Select(t => t.Deadline).DefaultIfEmpty(0).Max();

    /// <summary>The no-deal terms of open items on (actor, issue) in round t (§8: part of the decider's best response).</summary>
    public List<(Bound Bound, double Cost)> Items(int actor, int issue, int round)
    {
        var items = new List<(Bound, double)>();
        foreach (var table in _tables.Where(t => t.Open && round <= t.Deadline))
        {
            foreach (var (a, bound) in table.Items)
            {
                if (a == actor && _cast.IssueIndex[bound.Issue] == issue)
                {
                    items.Add((bound, table.NoDealCost(a) * Math.Pow(table.Discount, table.Deadline - round)));
                }
            }
        }
        return items;
    }

    /// <summary>The summit boosts of round t: (actor, issue, factor) for the parties on a summit's issues in its last rounds.</summary>
    public IEnumerable<(int Actor, int Issue, double Factor)> Boosts(int round)
    {
        foreach (var table in _tables.Where(t => t.Open && t.Summit is not null))
        {
            var rounds = table.Summit!.Rounds ?? _cast.Parameters.SummitRounds;
            if (round > table.Deadline - rounds && round <= table.Deadline)
            {
                foreach (var d in table.Issues)
                {
                    foreach (var a in table.Parties.Where(a => _cast.Takes[a, d]))
                    {
                        yield return (a, d, table.Summit.Boost ?? _cast.Parameters.SummitBoost);
                    }
                }
            }
        }
    }

    /// <summary>h_i(t): the delay cost per round, with the pressure of others' positions.</summary>
    private double DelayCost(int actor, double[,] x)
    {
        var h = _delayBase[actor];
        foreach (var (j, v, scale) in _delayLinks[actor])
        {
            h += scale * _cast.Distance(v, x[j, v], _cast.Low[v]);
        }
        return h;
    }

    /// <summary>
    /// Step 4(b): every party still apart decides to hold or concede (level 1, its true resolve, start-of-round
    /// state); conceders move to the other side's offer, or to the all-party mean when both sides concede.
    /// Observers learn from each decision (tremble), read on their grids of the party's resolve.
    /// </summary>
    public void Concessions(LayerState state, Beliefs.TypeSpace types, IReadOnlyList<ActiveCommitment> commitments, int round, double[,] proposed, bool[,] moved,
        RoundLog log, BeliefBook learned)
    {
        foreach (var table in _tables.Where(t => t.Open && round <= t.Deadline))
        {
            foreach (var d in table.Issues)
            {
                var parties = table.Parties.Where(a => _cast.Takes[a, d]).ToArray();
                if (parties.Select(a => table.SideOf(a)).Distinct().Count() < 2)
                {
                    continue;
                }
                var x = parties.Select(a => state.Positions[a, d]).ToArray();
                var c = parties.Select(a => _cast.Capability[a, d]).ToArray();
                var sides = parties.Select(table.SideOf).ToArray();
                var conceders = new List<int>();
                for (var k = 0; k < parties.Length; k++)
                {
                    var i = parties[k];
                    var offer = SideOffer.OfOthers(x, c, sides, sides[k]);
                    if (_cast.Distance(d, x[k], offer) <= _cast.Parameters.TauAgree)
                    {
                        continue;
                    }
                    var costs = new HoldingCosts(table.NoDealCost(i), table.Discount, table.Deadline, DelayCost(i, state.Positions), _delayBenefit[i]);
                    var pi = new double[parties.Length];
                    for (var m = 0; m < parties.Length; m++)
                    {
                        if (sides[m] == sides[k])
                        {
                            continue;
                        }
                        var j = parties[m];
                        var gap = _cast.Distance(d, x[m], SideOffer.OfOthers(x, c, sides, sides[m]));
                        var jCosts = new HoldingCosts(table.NoDealCost(j), table.Discount, table.Deadline, DelayCost(j, state.Positions), _delayBenefit[j]);
                        var jStand = StandCost(commitments, j, d, _cast.PerceivedCapacity[i, j]);
                        double Concedes(int holder)
                        {
                            var belief = state.Beliefs[i, holder, LayerCast.ResolveOn(d)];
                            return LevelZero.ConcessionProbability(belief.Points.AsSpan(), belief.Weights.AsSpan(), gap, jStand, jCosts, round);
                        }
                        // A composite concedes by weighted majority of its factions (§8).
                        pi[m] = _cast.IsComposite(j)
                            ? WeightedMajority.ActProbability([.. _cast.FactionsOf[j].Select(Concedes)], [.. _cast.FactionsOf[j].Select(g => _cast.Share[g])])
                            : Concedes(j);
                    }
                    var wait = WaitingGain.PerUnitResolve(_cast.Ideal[i, d], x, c, sides, sides[k], pi, _cast.Range[d]);
                    var own = StandCost(commitments, i, d, _cast.AudienceCapacity[i]);
                    var concedes = ConcessionRule.ConcedesNow(new HoldOutStake(types.TrueValue(i, LayerCast.ResolveOn(d)), wait, own), costs, round);
                    var waits = new[] { wait };
                    if (_cast.IsComposite(i))
                    {
                        // Each faction weighs waiting with its own ideal and resolve; the composite concedes by weighted majority.
                        var factions = _cast.FactionsOf[i];
                        waits = [.. factions.Select(g => WaitingGain.PerUnitResolve(_cast.Ideal[g, d], x, c, sides, sides[k], pi, _cast.Range[d]))];
                        var votes = factions.Select((g, f) => ConcessionRule.ConcedesNow(new HoldOutStake(types.TrueValue(g, LayerCast.ResolveOn(d)), waits[f], own), costs, round) ? 1.0 : 0.0).ToArray();
                        concedes = WeightedMajority.ActProbability(votes, [.. factions.Select(g => _cast.Share[g])]) >= 0.5;
                    }
                    if (concedes)
                    {
                        conceders.Add(k);
                    }
                    if (_cast.IsComposite(i))
                    {
                        LearnMajority(state, i, d, round, concedes, waits, own, costs, learned);
                    }
                    else
                    {
                        Learn(state, i, d, round, concedes, wait, own, costs, learned);
                    }
                    log.Decisions.Add(new LayerDecision
                    {
                        Kind = concedes ? "concede" : "hold", Actor = _cast.Actors[i], Signal = table.Id, Issue = _cast.Issues[d],
                        Level = concedes ? offer : null, Value = costs.CostOfWaiting(round), Cost = types.TrueValue(i, LayerCast.ResolveOn(d)) * wait + own,
                    });
                }
                if (conceders.Count == 0)
                {
                    continue;
                }
                var bothSides = conceders.Select(k => sides[k]).Distinct().Count() > 1;
                var mean = Weighted(x, c);
                foreach (var k in conceders)
                {
                    var to = bothSides ? mean : SideOffer.OfOthers(x, c, sides, sides[k]);
                    proposed[parties[k], d] = to;
                    moved[parties[k], d] = true;
                }
            }
        }
    }

    // §6.3: observers read a hold or a concession through the level-1 rule on their grid of the party's resolve.
    private void Learn(LayerState state, int party, int issue, int round, bool conceded, double wait, double stand, HoldingCosts costs, BeliefBook learned)
    {
        var dim = LayerCast.ResolveOn(issue);
        // Observers who held the same belief (a shared grid) read the decision alike: computed once.
        var read = _read;
        read.Clear();
        foreach (var h in _cast.Observers)
        {
            var belief = learned[h, party, dim];
            if (h == party || belief.IsPoint)
            {
                continue;
            }
            if (!read.TryGetValue(belief, out var posterior))
            {
                var likelihood = belief.Points.Select(r => Probability.TrembleLikelihood(ConcessionRule.ConcedesNow(new HoldOutStake(r, wait, stand), costs, round) == conceded)).ToArray();
                posterior = Probability.Update(belief, likelihood).Posterior;
                read[belief] = posterior;
            }
            learned.Set(h, party, dim, posterior);
        }
    }

    // The posteriors of one decision by the belief they were read from, refilled by every Learn (one dictionary a run).
    private readonly Dictionary<TypeGrid, TypeGrid> _read = new(ReferenceEqualityComparer.Instance);

    // §6.3 for a composite party: the majority's decision, read on each faction's grid exactly (their types independent):
    // L(r) = ε + (1 − 2ε)·P(the majority decided so | the faction's rule for r), the others conceding with h's probabilities.
    private void LearnMajority(LayerState state, int party, int issue, int round, bool conceded, double[] waits, double stand, HoldingCosts costs, BeliefBook learned)
    {
        var dim = LayerCast.ResolveOn(issue);
        var factions = _cast.FactionsOf[party];
        var weights = factions.Select(g => _cast.Share[g]).ToArray();
        var tremble = _cast.Parameters.Tremble;
        foreach (var h in _cast.Observers)
        {
            if (h == party)
            {
                continue;
            }
            var grids = factions.Select(g => learned[h, g, dim]).ToArray();
            var rules = grids.Select((grid, f) => grid.Points.Select(r => ConcessionRule.ConcedesNow(new HoldOutStake(r, waits[f], stand), costs, round)).ToArray()).ToArray();
            var conceding = grids.Select((grid, f) => Enumerable.Range(0, grid.Count).Sum(t => rules[f][t] ? grid.Weights[t] : 0.0)).ToArray();
            for (var f = 0; f < factions.Length; f++)
            {
                if (factions[f] == h || grids[f].IsPoint)
                {
                    continue;
                }
                var vote = new FactionVote(conceding, weights, f);
                var likelihood = rules[f].Select(yes =>
                {
                    var p = vote.Given(yes);
                    return tremble + (1 - 2 * tremble) * (conceded ? p : 1 - p);
                }).ToArray();
                learned.Set(h, factions[f], dim, Probability.Update(grids[f], likelihood).Posterior);
            }
        }
    }

    // a_jd: the audience cost of j's active stands on d (its hands are tied to its line), at capacity A as perceived.
    private double StandCost(IReadOnlyList<ActiveCommitment> commitments, int actor, int issue, double capacity)
    {
        var a = 0.0;
        // A plain loop: this runs for every pair of parties on every issue of every round.
        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            if (!c.Ended && c.Claim.Source.Kind == ClaimKind.Stand && c.Claim.AskIssue == issue && Array.IndexOf(c.Claim.Senders, actor) >= 0)
            {
                a += _cast.Costs.Audience(c.Claim.Source.Channel) * capacity;
            }
        }
        return a;
    }

    private static double Weighted(double[] x, double[] c)
    {
        double num = 0, den = 0;
        for (var k = 0; k < x.Length; k++)
        {
            num += c[k] * x[k];
            den += c[k];
        }
        return den > 0 ? num / den : x.Average();
    }

    /// <summary>End of round: a negotiation whose parties agree on every issue and whose items are met closes with a deal; one past its deadline closes without.</summary>
    public void Close(double[,] x, int round, RoundLog log, List<string> narrative)
    {
        foreach (var table in _tables.Where(t => t.Open))
        {
            var agreed = table.Issues.All(d =>
            {
                var positions = table.Parties.Where(a => _cast.Takes[a, d]).Select(a => x[a, d]).ToArray();
                return positions.Length < 2 || _cast.Distance(d, positions.Max(), positions.Min()) <= _cast.Parameters.TauAgree;
            }) && table.Items.All(item => item.Bound.IsMetBy(x[item.Actor, _cast.IssueIndex[item.Bound.Issue]]));
            if (agreed)
            {
                table.Outcome = table.Outcome with { Deal = true, Round = round };
                narrative.Add(string.Create(CultureInfo.InvariantCulture, $"Round {round}: the negotiation '{table.Id}' closes with a deal."));
            }
            else if (round >= table.Deadline)
            {
                var costs = table.Parties.ToDictionary(a => _cast.Actors[a], table.NoDealCost, StringComparer.Ordinal);
                table.Outcome = table.Outcome with { Deal = false, Round = round, NoDealCosts = costs };
                narrative.Add(string.Create(CultureInfo.InvariantCulture, $"Round {round}: the negotiation '{table.Id}' reaches its deadline without a deal."));
                foreach (var a in table.Parties)
                {
                    log.Decisions.Add(new LayerDecision
                    {
                        Kind = "no-deal", Actor = _cast.Actors[a], Signal = table.Id, Issue = string.Join(",", table.Issues.Select(d => _cast.Issues[d])),
                        Value = 0, Cost = table.NoDealCost(a), Paid = table.NoDealCost(a),
                    });
                }
            }
        }
    }

    /// <summary>A negotiation as the desk runs it.</summary>
    private sealed class Table
    {
        private readonly Dictionary<int, int> _side = [];
        private readonly Dictionary<int, double> _noDeal = [];
        private readonly double _defaultNoDeal;

        public Table(LayerCast cast, Negotiation n, int horizon)
        {
            Id = n.Id;
            Parties = [.. n.Parties.Where(cast.ActorIndex.ContainsKey).Select(a => cast.ActorIndex[a])];
            if (n.Sides.Count > 0)
            {
                for (var s = 0; s < n.Sides.Count; s++)
                {
                    foreach (var a in n.Sides[s].Where(cast.ActorIndex.ContainsKey))
                    {
                        _side[cast.ActorIndex[a]] = s;
                        if (!Parties.Contains(cast.ActorIndex[a]))
                        {
                            Parties = [.. Parties, cast.ActorIndex[a]];
                        }
                    }
                }
            }
            for (var k = 0; k < Parties.Length; k++)
            {
                _side.TryAdd(Parties[k], n.Sides.Count + k);
            }
            Issues = [.. n.Issues.Where(cast.IssueIndex.ContainsKey).Select(i => cast.IssueIndex[i])];
            Items = [.. n.Items.Where(i => cast.ActorIndex.ContainsKey(i.Actor) && cast.IssueIndex.ContainsKey(i.Bound.Issue)).Select(i => (cast.ActorIndex[i.Actor], i.Bound))];
            Summit = n.Summit;
            Deadline = n.Deadline ?? horizon;
            HasDeadline = n.Deadline is not null;
            Discount = n.Discount ?? cast.Parameters.Discount;
            // Without a deadline there is no no-deal cost to anticipate (§8).
            _defaultNoDeal = n.Deadline is null ? 0.0 : n.Summit is not null ? cast.Parameters.SummitNoDealCost : cast.Parameters.NoDealCost;
            foreach (var cost in n.NoDealCost.Where(c => cast.ActorIndex.ContainsKey(c.Actor)))
            {
                _noDeal[cast.ActorIndex[cost.Actor]] = n.Deadline is null ? 0.0 : cost.Value;
            }
            Outcome = new NegotiationOutcome { Id = Id };
        }

        public string Id { get; }

        public int[] Parties { get; }

        public int[] Issues { get; }

        public (int Actor, Bound Bound)[] Items { get; }

        public Summit? Summit { get; }

        public int Deadline { get; }

        /// <summary>Whether the file set the deadline (otherwise it is the run's round limit, which must not keep the run going).</summary>
        public bool HasDeadline { get; }

        public double Discount { get; }

        public NegotiationOutcome Outcome { get; set; }

        public bool Open => Outcome.Round is null;

        public int SideOf(int actor) => _side[actor];

        public double NoDealCost(int actor) => _noDeal.TryGetValue(actor, out var c) ? c : _defaultNoDeal;
    }
}
