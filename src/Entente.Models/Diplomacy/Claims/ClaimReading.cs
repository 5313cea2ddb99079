using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Commitments;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// How one observer reads a threat or promise (specification §4.3, §5): the sender's types are the joint
/// grid of its resolve on the ask's and the action's issues and its reciprocity under the observer's
/// beliefs; the receiver's types its resolve on those issues under the sender's beliefs; stakes come from
/// ideals and positions of the round, weighted by the outcome sensitivities the observer perceives.
/// </summary>
internal sealed class ClaimReading
{
    private readonly LayerCast _cast;
    private readonly LayerState _state;
    private readonly ResolvedClaim _claim;
    private readonly int _observer;
    private readonly int _view;
    private readonly int _speaker;
    private readonly TypeSpace _types;
    private readonly double _askSensitivity, _actionSensitivity;

    public ClaimReading(LayerCast cast, LayerState state, TypeSpace types, ResolvedClaim claim, int observer, double? conditionValue = null)
    {
        _cast = cast;
        _state = state;
        _types = types;
        _claim = claim;
        _observer = observer;
        // A faction that does not observe sees the world through its actor's beliefs; it knows its own type.
        _view = cast.Believer(observer);
        _speaker = claim.Speaker;
        var s = claim.Sender;
        SenderDimensions = SenderDimensionsOf(claim);
        ReceiverDimensions = ReceiverDimensionsOf(claim);
        var senderGrids = new TypeGrid[SenderDimensions.Length];
        for (var i = 0; i < senderGrids.Length; i++)
        {
            senderGrids[i] = Belief(observer, _speaker, SenderDimensions[i]);
        }
        Senders = new JointGrid(senderGrids);
        // Only the stage game needs the receiver's types: built when first asked for.
        _receivers = new Lazy<JointGrid>(() => new JointGrid([.. ReceiverDimensions.Select(k => Belief(cast.Believer(_speaker), claim.Addressee, k))]));
        ConditionValue = conditionValue ?? claim.Source.ExpectedConditionValue ?? state.Positions[claim.ConditionActor, claim.ConditionIssue];
        // The observer's outcome sensitivities (A3), read for every type: computed once.
        _askSensitivity = state.Sensitivity(cast, _view, claim.Addressee, claim.AskIssue);
        _actionSensitivity = state.Sensitivity(cast, _view, claim.Sender, claim.ActionIssue);
        ActionLevel = claim.Level(ConditionValue);
        Success = claim.Source.Success
            ?? (claim.Contest ? state.WinProbability(cast, _view, s, claim.Addressee, claim.AskIssue) : cast.Parameters.Success);
        AudienceCost = cast.Costs.Audience(claim.Source.Channel) * cast.PerceivedCapacity[observer, _speaker];
        Face = claim.Rewards ? 0.0 : cast.Costs.Face(claim.Source.Channel) * cast.PerceivedCapacity[observer, claim.Addressee];
        Reaction = claim.Source.Reaction switch
        {
            { Cost: { } cost } => cost,
            { Issue: { } issue, Shift: { } shift } when cast.IssueIndex.TryGetValue(issue, out var e) =>
                state.Perceived(_view, s, e) * shift / cast.Range[e],
            _ => 0.0,
        };
        Vote = cast.IsComposite(s) ? VoteOf(_speaker) : null;
    }

    /// <summary>When a faction speaks: how its decision moves its composite's, under the observer's beliefs about the other factions.</summary>
    public Factions.FactionVote? Vote { get; }

    /// <summary>r on the ask's issue, r on the action's and q, without repeats, in that order.</summary>
    public static int[] SenderDimensionsOf(ResolvedClaim claim)
    {
        int ask = LayerCast.ResolveOn(claim.AskIssue), action = LayerCast.ResolveOn(claim.ActionIssue), q = LayerCast.Reciprocity;
        return ask == action ? (ask == q ? [ask] : [ask, q])
            : ask == q || action == q ? [ask, action] : [ask, action, q];
    }

    /// <summary>r on the ask's issue and r on the action's, without repeats, in that order.</summary>
    public static int[] ReceiverDimensionsOf(ResolvedClaim claim)
    {
        int ask = LayerCast.ResolveOn(claim.AskIssue), action = LayerCast.ResolveOn(claim.ActionIssue);
        return ask == action ? [ask] : [ask, action];
    }

    /// <summary>Whether the claim promises a reward (promise, credit) rather than a punishment.</summary>
    public bool IsReward => _claim.Rewards;

    /// <summary>The sender's dimensions in the joint grid (r on the ask's issue, r on the action's, q).</summary>
    public int[] SenderDimensions { get; }

    public int[] ReceiverDimensions { get; }

    /// <summary>The sender's joint types as the observer believes them.</summary>
    public JointGrid Senders { get; }

    /// <summary>The receiver's joint types as the sender believes them.</summary>
    public JointGrid Receivers => _receivers.Value;

    private readonly Lazy<JointGrid> _receivers;

    // The speaker's sides on the sender grid, built on first use.
    private TypeSides SenderSides => _senderSides ??= new TypeSides(this, Senders, _speaker);

    private TypeSides? _senderSides;

    /// <summary>v̂: the condition value anticipated.</summary>
    public double ConditionValue { get; }

    /// <summary>z at v̂.</summary>
    public double ActionLevel { get; }

    public double Success { get; }

    /// <summary>α_aud·A^h_S, before the reputation stake.</summary>
    public double AudienceCost { get; }

    public double Face { get; }

    public double Reaction { get; }

    // An actor knows its own type.
    private TypeGrid Belief(int observer, int about, int dimension) =>
        observer == about ? TypeGrid.Point(_types.TrueValue(about, dimension)) : _state.Beliefs[_cast.Believer(observer), about, dimension];

    /// <summary>An agent's true type on the sender's dimensions, as a one-point grid.</summary>
    public JointGrid TrueGrid(int agent) => new([.. SenderDimensions.Select(k => TypeGrid.Point(_types.TrueValue(agent, k)))]);

    // B for an agent (the speaker, or another faction of its composite) with its own ideal.
    private double Benefit(double resolveOnAsk, int agent)
    {
        int r = _claim.Addressee, d = _claim.AskIssue;
        var ideal = _cast.Ideal[r, d];
        return -_askSensitivity * Stakes.Loss(resolveOnAsk, _cast.Ideal[agent, d], ideal, _claim.CompliantPoint(ideal), _cast.Range[d]);
    }

    // The action is the committer's (the composite's position moves); its cost is weighed with the agent's ideal.
    private double Cost(double resolveOnAction, int agent)
    {
        int s = _claim.Sender, e = _claim.ActionIssue;
        return _claim.Contest ? _cast.ConflictCost[s]
            : _actionSensitivity * Stakes.Loss(resolveOnAction, _cast.Ideal[agent, e], _state.Positions[s, e], ActionLevel, _cast.Range[e]);
    }

    /// <summary>L_R for receiver type u.</summary>
    public double ComplianceLoss(int u) => ComplianceLoss(Receivers.ValueOf(u, Array.IndexOf(ReceiverDimensions, LayerCast.ResolveOn(_claim.AskIssue))));

    /// <summary>L_R for a receiver of resolve <paramref name="resolveOnAsk"/> on the ask's issue.</summary>
    public double ComplianceLoss(double resolveOnAsk)
    {
        int r = _claim.Addressee, d = _claim.AskIssue;
        var ideal = _cast.Ideal[r, d];
        return _askSensitivity * Stakes.Loss(resolveOnAsk, ideal, ideal, _claim.CompliantPoint(ideal), _cast.Range[d]);
    }

    /// <summary>Δ_R (threat) or −G_R (promise) for receiver type u.</summary>
    public double Harm(int u) => Harm(
        Receivers.ValueOf(u, Array.IndexOf(ReceiverDimensions, LayerCast.ResolveOn(_claim.AskIssue))),
        Receivers.ValueOf(u, Array.IndexOf(ReceiverDimensions, LayerCast.ResolveOn(_claim.ActionIssue))));

    /// <summary>Δ_R (threat) or −G_R (promise) for a receiver of the given resolves on the ask's and the action's issues.</summary>
    public double Harm(double resolveOnAsk, double resolveOnAction)
    {
        int s = _claim.Sender, r = _claim.Addressee, e = _claim.ActionIssue;
        return _claim.Contest
            ? Success * ComplianceLoss(resolveOnAsk) + _cast.ConflictCost[r]
            : _actionSensitivity * Stakes.Loss(resolveOnAction, _cast.Ideal[r, e], _state.Positions[s, e], ActionLevel, _cast.Range[e]);
    }

    /// <summary>
    /// The honour rule's two sides for sender type t of <paramref name="grid"/> (the true type: a one-point grid), for the
    /// speaker or, given <paramref name="agent"/>, another faction of its composite deciding with its own ideal and W.
    /// </summary>
    public (double Value, double Cost) HonourSides(JointGrid grid, int t, double audienceCost, double reputationStake, int? agent = null) =>
        new TypeSides(this, grid, agent ?? _speaker).HonourSides(t, audienceCost, reputationStake);

    /// <summary>The level-0 honour rule (no reputation term) for each of a grid's sender types (the speaker's, or another agent's).</summary>
    public bool[] LevelZero(JointGrid grid, double audienceCost, int? agent = null)
    {
        var sides = new TypeSides(this, grid, agent ?? _speaker);
        var honours = new bool[grid.Count];
        for (var t = 0; t < grid.Count; t++)
        {
            var (value, cost) = sides.HonourSides(t, audienceCost, 0);
            honours[t] = HonourRule.Honours(value, cost);
        }
        return honours;
    }

    /// <summary>
    /// B, C and q of each point of a grid's marginals, for one agent: a joint type's honour sides are read from its
    /// points rather than recomputed per joint type (the same functions of the same values, so the same bits).
    /// </summary>
    private readonly struct TypeSides
    {
        private readonly JointGrid _grid;
        private readonly double[] _benefit, _cost;
        private readonly System.Collections.Immutable.ImmutableArray<double> _reciprocity;
        private readonly int _ask, _action, _q;
        private readonly double _success, _honourScale;
        private readonly bool _rewards;

        public TypeSides(ClaimReading reading, JointGrid grid, int agent)
        {
            _grid = grid;
            var dims = reading.SenderDimensions;
            _ask = Array.IndexOf(dims, LayerCast.ResolveOn(reading._claim.AskIssue));
            _action = Array.IndexOf(dims, LayerCast.ResolveOn(reading._claim.ActionIssue));
            _q = Array.IndexOf(dims, LayerCast.Reciprocity);
            var askPoints = grid.Marginals[_ask].Points;
            _benefit = new double[askPoints.Length];
            for (var p = 0; p < askPoints.Length; p++)
            {
                _benefit[p] = reading.Benefit(askPoints[p], agent);
            }
            var actionPoints = grid.Marginals[_action].Points;
            _cost = new double[actionPoints.Length];
            for (var p = 0; p < actionPoints.Length; p++)
            {
                _cost[p] = reading.Cost(actionPoints[p], agent);
            }
            _reciprocity = grid.Marginals[_q].Points;
            _success = reading.Success;
            _honourScale = reading._cast.HonourScale[agent];
            _rewards = reading._claim.Rewards;
        }

        public double Benefit(int t) => _benefit[_grid.IndexOf(t, _ask)];

        public double Cost(int t) => _cost[_grid.IndexOf(t, _action)];

        public double Reciprocity(int t) => _reciprocity[_grid.IndexOf(t, _q)];

        public (double Value, double Cost) HonourSides(int t, double audienceCost, double reputationStake)
        {
            var q = Reciprocity(t);
            var value = _rewards ? HonourRule.PromiseValue(q, _honourScale, audienceCost, reputationStake)
                : HonourRule.ThreatValue(_success, Benefit(t), q, _honourScale, audienceCost, reputationStake);
            return (value, Cost(t));
        }
    }

    /// <summary>
    /// RS: the reputation the sender stands to lose with the claim's audience by reneging (level 0, amendment
    /// A8: the beliefs at the start of the round), each audience member reading the sender's types on its own grid.
    /// </summary>
    public double ReputationStake(double audienceCost)
    {
        var s = _speaker;
        if (_cast.Psi[s] == 0)
        {
            return 0.0; // nothing rides on reputation (ψ = 0)
        }
        var audience = new List<ReputationObserver>();
        // Observers who hold the same beliefs (grids are shared until updated) read the decision alike: build once.
        var seen = new List<(TypeGrid[] Grids, ReputationObserver Reading)>();
        foreach (var h in _claim.Audience)
        {
            if (h == s || h == _claim.Sender)
            {
                continue;
            }
            var grids = new TypeGrid[SenderDimensions.Length];
            for (var i = 0; i < grids.Length; i++)
            {
                grids[i] = _state.Beliefs[h, s, SenderDimensions[i]];
            }
            var same = -1;
            for (var i = 0; i < seen.Count && same < 0; i++)
            {
                same = TypeGrid.SameGrids(seen[i].Grids, grids) ? i : -1;
            }
            if (same >= 0)
            {
                audience.Add(seen[same].Reading with { Weight = _cast.Weight[h] });
                continue;
            }
            var grid = new JointGrid(grids);
            var q = new double[grid.Count];
            var reciprocity = Array.IndexOf(SenderDimensions, LayerCast.Reciprocity);
            for (var t = 0; t < q.Length; t++)
            {
                q[t] = grid.ValueOf(t, reciprocity);
            }
            var reading = new ReputationObserver(_cast.Weight[h], grid.Weights, q, LevelZero(grid, audienceCost));
            seen.Add((grids, reading));
            audience.Add(reading);
        }
        return Commitments.ReputationStake.Of(_cast.Psi[s], audience);
    }

    // Whether some sender type's honour decision could turn on the reputation stake: it does not honour without it, and
    // would with the largest stake possible (ψ: the q difference is at most 1 and the audience's weights sum to 1).
    private bool StakeMatters(double audienceCost)
    {
        var psi = _cast.Psi[_speaker];
        if (psi == 0)
        {
            return false;
        }
        var sides = SenderSides;
        for (var t = 0; t < Senders.Count; t++)
        {
            var (value, cost) = sides.HonourSides(t, audienceCost, 0);
            if (!HonourRule.Honours(value, cost) && HonourRule.Honours(value + psi + 1e-9, cost))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// P^h(c): the observer's belief mass on the sender's types that would honour (§7.3, with the reputation stake); when a
    /// faction speaks, the composite's probability of acting by weighted majority (§4.4).
    /// </summary>
    public double HonourProbability()
    {
        // RS lies in [0, ψ] and only adds to the value side, so it is needed only when it could change some type's decision.
        var stake = StakeMatters(AudienceCost) ? ReputationStake(AudienceCost) : 0.0;
        var p = 0.0;
        var sides = SenderSides;
        for (var t = 0; t < Senders.Count; t++)
        {
            var (value, cost) = sides.HonourSides(t, AudienceCost, stake);
            var honours = HonourRule.Honours(value, cost);
            p += Senders.Weights[t] * (Vote is { } vote ? vote.Given(honours) : honours ? 1.0 : 0.0);
        }
        return p;
    }

    /// <summary>
    /// π_g: the observer's probability that faction g would act (§4.4): with no claim of its own a = 0; a faction that
    /// has endorsed the line (its own standing claim on the same addressee and action) has tied its hands with its a.
    /// </summary>
    public double ActProbability(int faction)
    {
        var grid = new JointGrid([.. SenderDimensions.Select(k => Belief(_observer, faction, k))]);
        var rule = LevelZero(grid, Endorsement(faction) * _cast.PerceivedCapacity[_view, faction], faction);
        var p = 0.0;
        for (var t = 0; t < grid.Count; t++)
        {
            p += rule[t] ? grid.Weights[t] : 0.0;
        }
        return p;
    }

    /// <summary>α_aud of faction g's standing endorsements of this claim's line (0 when it has made none): its a per unit of A.</summary>
    public double Endorsement(int faction)
    {
        var alpha = 0.0;
        foreach (var c in _state.Commitments)
        {
            var other = c.Claim;
            if (!c.Ended && other.Speaker == faction && other.Speaker != _claim.Speaker && other.Sender == _claim.Sender && other.Addressee == _claim.Addressee
                && other.ActionIssue == _claim.ActionIssue && other.Rewards == _claim.Rewards)
            {
                alpha += _cast.Costs.Audience(other.Source.Channel);
            }
        }
        return alpha;
    }

    // The speaker's vote in its composite, the other factions acting with the observer's π.
    private Factions.FactionVote VoteOf(int speaker)
    {
        var factions = _cast.FactionsOf[_claim.Sender];
        var probabilities = factions.Select(g => g == speaker ? 0.0 : ActProbability(g)).ToArray();
        return new Factions.FactionVote(probabilities, [.. factions.Select(g => _cast.Share[g])], Array.IndexOf(factions, speaker));
    }

    /// <summary>The stage game as this observer sees it.</summary>
    public SignallingGame Game()
    {
        var a = AudienceCost + ReputationStake(AudienceCost);
        var terms = new ClaimTerms
        {
            Success = Success,
            HonourScale = _cast.HonourScale[_speaker],
            AudienceCost = a,
            Sunk = _claim.Source.Sunk,
            Reaction = _claim.Rewards ? 0.0 : Reaction,
            Face = Face,
            Vote = Vote,
        };
        var sides = SenderSides;
        var senders = new ClaimSender[Senders.Count];
        for (var t = 0; t < senders.Length; t++)
        {
            senders[t] = new ClaimSender(Senders.Weights[t], sides.Benefit(t), sides.Cost(t), sides.Reciprocity(t));
        }
        var receivers = Enumerable.Range(0, Receivers.Count)
            .Select(u => new ClaimReceiver(Receivers.Weights[u], ComplianceLoss(u), _claim.Rewards ? -Harm(u) : Harm(u)))
            .ToArray();
        return _claim.Rewards ? PromiseClaim.Game(senders, receivers, terms) : ThreatClaim.Game(senders, receivers, terms);
    }
}
