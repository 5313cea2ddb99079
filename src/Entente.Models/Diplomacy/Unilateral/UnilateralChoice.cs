using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Engine;

namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>
/// The decider's objective on a unilateral issue in the round loop (specification §9): its own stake, the pull of
/// whoever has leverage over it, the commitments that reward or punish its choice (weighted by how likely it
/// believes them to be carried out), and the no-deal cost of negotiation items it would violate.
/// </summary>
internal sealed class UnilateralChoice(LayerCast cast, LayerState state, Beliefs.TypeSpace types, IReadOnlyList<ActiveCommitment> commitments,
    IReadOnlyList<(Bound Bound, double Cost)> items, int round)
{
    /// <summary>
    /// The decider's terms, for a decider whose type holders (itself, or a composite's factions) have resolves
    /// <paramref name="resolves"/> on the issue: a composite weighs each faction's stake by its weight (§9).
    /// </summary>
    public List<Func<double, double>> Terms(int issue, IReadOnlyList<double> resolves)
    {
        var k = cast.Decider[issue];
        var range = cast.Range[issue];
        var holders = Holders(k);
        var terms = new List<Func<double, double>>();
        for (var f = 0; f < holders.Length; f++)
        {
            terms.Add(WelfareTerms.OwnStake(holders.Length == 1 ? resolves[f] : cast.Share[holders[f]] * resolves[f], cast.Ideal[holders[f], issue], range));
        }
        // The other terms do not depend on the resolves: built once per issue (every type an observer weighs asks again,
        // and each commitment's term reads the claim and its credibility), the same closures in the same order.
        if (_othersIssue != issue)
        {
            _others = Others(issue);
            _othersIssue = issue;
        }
        terms.AddRange(_others!);
        return terms;
    }

    private List<Func<double, double>>? _others;
    private int _othersIssue = -1;

    // The leverage over the decider, the commitments that weigh on its choice and the negotiation items, in that order.
    private List<Func<double, double>> Others(int issue)
    {
        var k = cast.Decider[issue];
        var range = cast.Range[issue];
        var terms = new List<Func<double, double>>();
        foreach (var lever in cast.Layer.Leverage)
        {
            if (lever.Over != cast.Actors[k] || lever.Issue != cast.Issues[issue] || !cast.ActorIndex.TryGetValue(lever.By, out var j))
            {
                continue;
            }
            var weight = lever.Via is { } via && cast.IssueIndex.TryGetValue(via, out var v)
                ? (lever.Scale ?? cast.Parameters.LeverageScale) * cast.Distance(v, state.Positions[j, v], cast.Low[v])
                : lever.Weight ?? 0.0;
            terms.Add(WelfareTerms.Leverage(weight, state.Perceived(k, j, issue), state.Positions[j, issue], range));
        }
        foreach (var c in commitments)
        {
            if (Term(c, k, issue) is { } term)
            {
                terms.Add(term);
            }
        }
        foreach (var (bound, cost) in items)
        {
            terms.Add(x => bound.IsMetBy(x) ? 0.0 : -cost);
        }
        return terms;
    }

    /// <summary>The decider's best response, with its true resolve.</summary>
    public GridChoice Choose(int issue)
    {
        var k = cast.Decider[issue];
        var grid = new UnilateralGrid(cast.Low[issue], cast.Range[issue], cast.Parameters.UnilateralGrid);
        return BestResponse.OnGrid(grid, state.Positions[k, issue], Terms(issue, [.. Holders(k).Select(g => types.TrueValue(g, LayerCast.ResolveOn(issue)))]));
    }

    /// <summary>Which resolve types would have chosen <paramref name="chosen"/>: the likelihood observers read the choice with.</summary>
    public bool[] WouldChoose(int issue, IReadOnlyList<double> resolveGrid, double chosen) =>
        [.. resolveGrid.Select(r => Chooses(issue, [r], chosen))];

    /// <summary>Whether type holders with resolves <paramref name="resolves"/> would have chosen <paramref name="chosen"/>.</summary>
    public bool Chooses(int issue, IReadOnlyList<double> resolves, double chosen)
    {
        var k = cast.Decider[issue];
        var grid = new UnilateralGrid(cast.Low[issue], cast.Range[issue], cast.Parameters.UnilateralGrid);
        return BestResponse.OnGrid(grid, state.Positions[k, issue], Terms(issue, resolves)).Position == chosen;
    }

    private int[] Holders(int k) => cast.IsComposite(k) ? cast.FactionsOf[k] : [k];

    // P^k(c)·V_c(x) for a commitment whose condition or ask is on the decider's issue.
    private Func<double, double>? Term(ActiveCommitment c, int k, int issue)
    {
        var claim = c.Claim;
        // A commitment weighs on the choice from the round it is made (it is tested only from the next).
        if (c.Ended || (claim.Source.Expires is { } last && round > last))
        {
            return null;
        }
        var onCondition = claim.ConditionActor == k && claim.ConditionIssue == issue;
        var onAsk = claim.Addressee == k && claim.AskIssue == issue;
        if (!onCondition && !onAsk)
        {
            return null;
        }
        var reading = new ClaimReading(cast, state, types, claim, k);
        var p = reading.HonourProbability();
        var target = claim.Addressee == k ? k : claim.ConditionActor;
        var e = claim.ActionIssue;
        var s = claim.Sender;
        var resolveOnAction = types.TrueValue(k, LayerCast.ResolveOn(e));
        double Value(double z) => claim.Contest
            ? -(reading.Success * reading.ComplianceLoss(types.TrueValue(k, LayerCast.ResolveOn(claim.AskIssue))) + cast.ConflictCost[k])
            : -state.Sensitivity(cast, k, s, e) * Stakes.Loss(resolveOnAction, cast.Ideal[k, e], c.Released ?? state.Positions[s, e], z, cast.Range[e]);
        if (onCondition)
        {
            return x => claim.Triggered(x) ? p * Value(claim.Level(x)) : 0.0;
        }
        var anticipated = claim.Level(reading.ConditionValue);
        return x => (claim.Rewards ? claim.Complies(x) : !claim.Complies(x)) ? p * Value(anticipated) : 0.0;
    }
}
