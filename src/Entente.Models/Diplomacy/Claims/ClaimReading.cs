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
    public JointGrid Receivers => _receivers ??= ReceiverGrid();

    private JointGrid? _receivers;

    private JointGrid ReceiverGrid()
    {
        var grids = new TypeGrid[ReceiverDimensions.Length];
        var believer = _cast.Believer(_speaker);
        for (var i = 0; i < grids.Length; i++)
        {
            grids[i] = Belief(believer, _claim.Addressee, ReceiverDimensions[i]);
        }
        return new JointGrid(grids);
    }

    // The speaker's sides on the sender grid, built on first use.
    private TypeSides SenderSides => _senderSides ??= new TypeSides(this, Senders.Marginals.AsSpan(), _speaker);

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
        new TypeSides(this, grid.Marginals.AsSpan(), agent ?? _speaker).HonourSides(t, audienceCost, reputationStake);

    /// <summary>The level-0 honour rule (no reputation term) for each of a grid's sender types (the speaker's, or another agent's).</summary>
    public bool[] LevelZero(JointGrid grid, double audienceCost, int? agent = null)
    {
        var sides = new TypeSides(this, grid.Marginals.AsSpan(), agent ?? _speaker);
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
    /// Built from the marginals alone (a joint grid's, or an audience member's beliefs before any joint grid is built):
    /// the joint types are indexed as <see cref="JointGrid"/> indexes them, the last dimension fastest.
    /// </summary>
    private readonly struct TypeSides
    {
        private readonly double[] _benefit, _cost;
        private readonly System.Collections.Immutable.ImmutableArray<double> _reciprocity;
        private readonly int _askStride, _askSize, _actionStride, _actionSize, _qStride, _qSize;
        private readonly double _success, _honourScale;
        private readonly bool _rewards;

        public TypeSides(ClaimReading reading, ReadOnlySpan<TypeGrid> marginals, int agent)
        {
            var dims = reading.SenderDimensions;
            var ask = Array.IndexOf(dims, LayerCast.ResolveOn(reading._claim.AskIssue));
            var action = Array.IndexOf(dims, LayerCast.ResolveOn(reading._claim.ActionIssue));
            var q = Array.IndexOf(dims, LayerCast.Reciprocity);
            (_askStride, _askSize) = StrideOf(marginals, ask);
            (_actionStride, _actionSize) = StrideOf(marginals, action);
            (_qStride, _qSize) = StrideOf(marginals, q);
            var askPoints = marginals[ask].Points;
            _benefit = new double[askPoints.Length];
            for (var p = 0; p < askPoints.Length; p++)
            {
                _benefit[p] = reading.Benefit(askPoints[p], agent);
            }
            var actionPoints = marginals[action].Points;
            _cost = new double[actionPoints.Length];
            for (var p = 0; p < actionPoints.Length; p++)
            {
                _cost[p] = reading.Cost(actionPoints[p], agent);
            }
            _reciprocity = marginals[q].Points;
            _success = reading.Success;
            _honourScale = reading._cast.HonourScale[agent];
            _rewards = reading._claim.Rewards;
        }

        // A dimension's stride and size among the marginals, as JointGrid lays them out (the last dimension fastest).
        private static (int Stride, int Size) StrideOf(ReadOnlySpan<TypeGrid> marginals, int dimension)
        {
            var stride = 1;
            for (var d = marginals.Length - 1; d > dimension; d--)
            {
                stride *= marginals[d].Count;
            }
            return (stride, marginals[dimension].Count);
        }

        public double Benefit(int t) => _benefit[t / _askStride % _askSize];

        public double Cost(int t) => _cost[t / _actionStride % _actionSize];

        public double Reciprocity(int t) => _reciprocity[t / _qStride % _qSize];

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
        var psi = _cast.Psi[s];
        if (psi == 0)
        {
            return 0.0; // nothing rides on reputation (ψ = 0)
        }
        // Commitments.ReputationStake.Of over the audience, without building its readings: the same sums in the same
        // order (the weights' total, then each member's weighted difference), read off the members' grids directly.
        var audience = _claim.Audience;
        var total = 0.0;
        foreach (var h in audience)
        {
            if (h != s && h != _claim.Sender)
            {
                total += _cast.Weight[h];
            }
        }
        if (!(total > 0))
        {
            return 0.0;
        }
        var dims = SenderDimensions;
        var grids = new TypeGrid[audience.Length * dims.Length];
        var differences = new double?[audience.Length];
        var decisions = new List<(TypeGrid[] Grids, bool[] Honours)>(1);
        var stake = 0.0;
        for (var a = 0; a < audience.Length; a++)
        {
            var h = audience[a];
            if (h == s || h == _claim.Sender)
            {
                continue;
            }
            var held = grids.AsSpan(a * dims.Length, dims.Length);
            for (var i = 0; i < held.Length; i++)
            {
                held[i] = _state.Beliefs[h, s, dims[i]];
            }
            // Observers who hold the same beliefs (grids are shared until updated) read the decision alike: computed once.
            var same = -1;
            for (var b = 0; b < a && same < 0; b++)
            {
                same = audience[b] != s && audience[b] != _claim.Sender && SameGrids(grids.AsSpan(b * dims.Length, dims.Length), held) ? b : -1;
            }
            var difference = differences[a] = same >= 0 ? differences[same] : Difference(held, audienceCost, decisions);
            if (difference is { } value)
            {
                stake += _cast.Weight[h] / total * value;
            }
        }
        // Each term is a covariance of q with honouring under a product prior, hence ≥ 0 (Harris); when the rule
        // does not split the types both posteriors equal the prior up to rounding, which must not turn negative.
        return Math.Max(0.0, psi * stake);
    }

    private static bool SameGrids(ReadOnlySpan<TypeGrid> a, ReadOnlySpan<TypeGrid> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    // One audience member's E^h[q | honour] − E^h[q | renege] on its grids of the sender's types, with the level-0 rule
    // (LevelZero's decisions: they depend on the grids' points only, so members whose grids share their points share them).
    private double? Difference(ReadOnlySpan<TypeGrid> held, double audienceCost, List<(TypeGrid[] Grids, bool[] Honours)> decisions)
    {
        var count = 1;
        for (var i = 0; i < held.Length; i++)
        {
            count = checked(count * held[i].Count);
        }
        bool[]? honours = null;
        foreach (var (grids, known) in decisions)
        {
            if (SamePoints(grids, held))
            {
                honours = known;
                break;
            }
        }
        if (honours is null)
        {
            honours = new bool[count];
            var sides = new TypeSides(this, held, _speaker);
            for (var t = 0; t < count; t++)
            {
                var (value, cost) = sides.HonourSides(t, audienceCost, 0);
                honours[t] = HonourRule.Honours(value, cost);
            }
            decisions.Add((held.ToArray(), honours));
        }
        // The joint weights and each type's q, as JointGrid builds and reads them.
        Span<double> belief = count <= 256 ? stackalloc double[count] : new double[count];
        Span<double> q = count <= 256 ? stackalloc double[count] : new double[count];
        var reciprocity = Array.IndexOf(SenderDimensions, LayerCast.Reciprocity);
        var qStride = 1;
        for (var d = held.Length - 1; d > reciprocity; d--)
        {
            qStride *= held[d].Count;
        }
        var qPoints = held[reciprocity].Points;
        JointGrid.Product(held, belief);
        for (var t = 0; t < count; t++)
        {
            q[t] = qPoints[t / qStride % qPoints.Length];
        }
        return Commitments.ReputationStake.Difference(belief, q, honours);
    }

    // Whether two lists of grids have the very same supports, dimension by dimension.
    private static bool SamePoints(TypeGrid[] a, ReadOnlySpan<TypeGrid> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Points != b[i].Points)
            {
                return false;
            }
        }
        return true;
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

    /// <summary>The stage game as this observer sees it (<see cref="Solve"/> builds it only when its solution is not known).</summary>
    public SignallingGame Game() => Game(Terms());

    /// <summary>
    /// The solution of the stage game as this observer sees it. The game's numbers are written to the solution cache's
    /// row and looked up there first (the very numbers the game would hold: the same functions of the same values), so a
    /// game solved before is not built again; otherwise the game is built and solved.
    /// </summary>
    public StageGameSolution Solve()
    {
        var terms = Terms();
        var sides = SenderSides;
        int senders = Senders.Count, receivers = Receivers.Count;
        var row = SolutionCache.Row(senders, receivers);
        var k = 0;
        for (var t = 0; t < senders; t++)
        {
            var (prior, silentUnfavourable, silentFavourable, claimUnfavourable, claimFavourable, followThroughSilent, followThroughClaim) = _claim.Rewards
                ? PromiseClaim.Numbers(Senders.Weights[t], sides.Benefit(t), sides.Cost(t), sides.Reciprocity(t), terms)
                : ThreatClaim.Numbers(Senders.Weights[t], sides.Benefit(t), sides.Cost(t), sides.Reciprocity(t), terms);
            row[k++] = prior;
            row[k++] = silentUnfavourable;
            row[k++] = silentFavourable;
            row[k++] = claimUnfavourable;
            row[k++] = claimFavourable;
            row[k++] = followThroughSilent;
            row[k++] = followThroughClaim;
        }
        for (var u = 0; u < receivers; u++)
        {
            var loss = ComplianceLoss(u);
            var stake = _claim.Rewards ? -Harm(u) : Harm(u);
            row[k++] = Receivers.Weights[u];
            row[k++] = _claim.Rewards ? PromiseClaim.Threshold(loss, stake) : ThreatClaim.Threshold(loss, stake, terms);
        }
        return SolutionCache.TryGet(senders, receivers, out var known) ? known : StageGameSolver.Solve(Game(terms));
    }

    // The claim's terms as this observer sees them, the reputation stake included.
    private ClaimTerms Terms()
    {
        var a = AudienceCost + ReputationStake(AudienceCost);
        return new ClaimTerms
        {
            Success = Success,
            HonourScale = _cast.HonourScale[_speaker],
            AudienceCost = a,
            Sunk = _claim.Source.Sunk,
            Reaction = _claim.Rewards ? 0.0 : Reaction,
            Face = Face,
            Vote = Vote,
        };
    }

    private SignallingGame Game(ClaimTerms terms)
    {
        var sides = SenderSides;
        var senders = new ClaimSender[Senders.Count];
        for (var t = 0; t < senders.Length; t++)
        {
            senders[t] = new ClaimSender(Senders.Weights[t], sides.Benefit(t), sides.Cost(t), sides.Reciprocity(t));
        }
        var receivers = new ClaimReceiver[Receivers.Count];
        for (var u = 0; u < receivers.Length; u++)
        {
            receivers[u] = new ClaimReceiver(Receivers.Weights[u], ComplianceLoss(u), _claim.Rewards ? -Harm(u) : Harm(u));
        }
        return _claim.Rewards ? PromiseClaim.Game(senders, receivers, terms) : ThreatClaim.Game(senders, receivers, terms);
    }
}
