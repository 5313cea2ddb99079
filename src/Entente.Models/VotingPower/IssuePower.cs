using Entente.Domain;

namespace Entente.Models.VotingPower;

/// <summary>
/// The voting power of each voter on an issue: the game is the issue's decision rule played by the actors
/// outside <c>non-voting</c> groups, each casting its capability on the issue as votes.
/// </summary>
public static class IssuePower
{
    /// <summary>
    /// Capabilities are votes in whole units; fractional or very large capabilities are rescaled to at most
    /// this many units in all (rounded), which keeps the generating function small and the index exact for
    /// the rounded votes.
    /// </summary>
    public const int VoteUnits = 20_000;

    /// <summary>
    /// The generating functions cost about n³·U additions for n voters and U vote units; U is lowered below
    /// <see cref="VoteUnits"/> so that this stays under two billion (about a second), whatever n.
    /// </summary>
    public const long AdditionBudget = 2_000_000_000;

    /// <summary>The vote units a game of <paramref name="voters"/> voters is computed in.</summary>
    public static int UnitsFor(int voters)
    {
        var cube = (long)voters * voters * voters;
        return (int)Math.Clamp(AdditionBudget / Math.Max(cube, 1), 1, VoteUnits);
    }

    /// <summary>
    /// The index of each voter (summing to 1), by actor id. Voters are the actors with a capability on the
    /// issue that are not in <paramref name="nonVotingGroup"/>, whether or not they took a position: power
    /// belongs to the body that votes, not to those who spoke. Above <paramref name="maxExactVoters"/> voters
    /// the vote shares stand in for the index (they converge as voters multiply, Penrose's limit theorem).
    /// </summary>
    public static IReadOnlyDictionary<string, double> Of(Scenario scenario, Issue issue, PowerIndex index, string nonVotingGroup, int maxExactVoters)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return Of(Voters(scenario, issue, nonVotingGroup), issue.DecisionRule, index, maxExactVoters);
    }

    /// <summary>The index of each of <paramref name="voters"/> (summing to 1) under <paramref name="rule"/>, by actor id.</summary>
    public static IReadOnlyDictionary<string, double> Of(IReadOnlyList<(string Id, double Capability)> voters, DecisionRule rule, PowerIndex index, int maxExactVoters)
    {
        ArgumentNullException.ThrowIfNull(voters);
        ArgumentNullException.ThrowIfNull(rule);
        if (voters.Count == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }
        var ids = voters.Select(v => v.Id).ToArray();
        var capabilities = voters.Select(v => v.Capability).ToArray();
        double[] power;
        if (rule.Kind == DecisionRuleKind.VetoPlayers)
        {
            // Only coalitions holding every veto player pass: the veto players are each other's equals and
            // every other voter is a dummy.
            var vetoes = ids.Count(rule.VetoPlayers.Contains);
            power = ids.Select(id => rule.VetoPlayers.Contains(id) ? 1.0 / vetoes : 0).ToArray();
        }
        else if (voters.Count > maxExactVoters)
        {
            var total = capabilities.Sum();
            power = rule.Kind == DecisionRuleKind.Consensus
                ? ids.Select(_ => 1.0 / ids.Length).ToArray()
                : capabilities.Select(c => c / total).ToArray();
        }
        else
        {
            var game = GameOf(capabilities, rule);
            power = (index == PowerIndex.ShapleyShubik ? game.ShapleyShubik() : game.NormalisedBanzhaf()).ToArray();
        }
        return ids.Select((id, i) => (id, power[i])).ToDictionary(x => x.id, x => x.Item2, StringComparer.Ordinal);
    }

    /// <summary>The voting game of <paramref name="rule"/> with these capabilities as votes.</summary>
    public static VotingGame GameOf(IReadOnlyList<double> capabilities, DecisionRule rule)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(rule);
        var votes = Units(capabilities);
        var n = votes.Length;
        var total = votes.Sum();
        switch (rule.Kind)
        {
            case DecisionRuleKind.Majority:
                return new VotingGame(votes, (v, _) => 2L * v > total);
            case DecisionRuleKind.QualifiedMajority:
                var quota = (int)Math.Ceiling((rule.Threshold ?? 0.5) * total - 1e-9);
                var members = rule.MemberShare is { } share ? (int)Math.Ceiling(share * n - 1e-9) : 0;
                var blocking = rule.BlockingMinority ?? 0;
                return new VotingGame(votes, (v, k) => (v >= quota && k >= members) || n - k < blocking);
            default:
                return new VotingGame(votes, (_, k) => k == n);
        }
    }

    private static int[] Units(IReadOnlyList<double> capabilities)
    {
        var units = UnitsFor(capabilities.Count);
        var whole = capabilities.All(c => c == Math.Floor(c)) && capabilities.Sum() <= units;
        if (whole)
        {
            return capabilities.Select(c => (int)c).ToArray();
        }
        var total = capabilities.Sum();
        return capabilities.Select(c => (int)Math.Round(c / total * units, MidpointRounding.AwayFromZero)).ToArray();
    }

    /// <summary>
    /// The actors outside <paramref name="nonVotingGroup"/> with a positive capability on the issue (the
    /// stance's, else the actor's), in the scenario's order, with that capability as their votes.
    /// </summary>
    public static IReadOnlyList<(string Id, double Capability)> Voters(Scenario scenario, Issue issue, string nonVotingGroup)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(issue);
        var voters = new List<(string, double)>();
        var stances = scenario.Stances.Where(s => s.IssueId == issue.Id).ToDictionary(s => s.ActorId, StringComparer.Ordinal);
        foreach (var actor in scenario.Actors)
        {
            if (actor.Groups.Contains(nonVotingGroup))
            {
                continue;
            }
            var stance = stances.GetValueOrDefault(actor.Id);
            if ((stance?.Capability ?? actor.Capability) is { } capability && capability > 0)
            {
                voters.Add((actor.Id, capability));
            }
        }
        return voters;
    }
}
