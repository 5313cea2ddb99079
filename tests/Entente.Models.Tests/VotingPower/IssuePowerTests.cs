using Entente.Domain;
using Entente.Models.VotingPower;

namespace Entente.Models.Tests.VotingPower;

public class IssuePowerTests
{
    private static Scenario Council(DecisionRule rule, params (string Id, double Votes, bool Speaks)[] members) => new()
    {
        Name = "council",
        Actors = new(members.Select(m => new Actor { Id = m.Id, Name = m.Id, Capability = m.Votes })
            .Append(new Actor { Id = "com", Name = "Commission", Capability = 1, Groups = ["non-voting"] })),
        Issues = [new Issue { Id = "i", Name = "i", Scale = IssueScale.Percent, DecisionRule = rule }],
        Stances = new(members.Where(m => m.Speaks).Select(m => new Stance { ActorId = m.Id, IssueId = "i", Position = 50, Salience = 1 })
            .Append(new Stance { ActorId = "com", IssueId = "i", Position = 100, Salience = 1 })),
    };

    private static IReadOnlyDictionary<string, double> Power(Scenario s, PowerIndex index = PowerIndex.Banzhaf, int maxExact = 100) =>
        IssuePower.Of(s, s.Issues[0], index, "non-voting", maxExact);

    private static DecisionRule Qualified(double threshold, double? members = null, int? blocking = null) =>
        new() { Kind = DecisionRuleKind.QualifiedMajority, Threshold = threshold, MemberShare = members, BlockingMinority = blocking };

    [Fact]
    public void Votes_become_power_under_the_quota_and_non_voting_actors_are_not_in_the_game()
    {
        var power = Power(Council(Qualified(5 / 7.0), ("a", 4, true), ("b", 2, true), ("c", 1, true)));
        Assert.Equal(["a", "b", "c"], power.Keys.Order());
        Assert.Equal(0.6, power["a"], 12);
        Assert.Equal(0.2, power["b"], 12);
    }

    [Fact]
    public void Fractional_capabilities_are_votes_in_proportion()
    {
        var power = Power(Council(Qualified(5 / 7.0), ("a", 0.4, true), ("b", 0.2, true), ("c", 0.1, true)));
        Assert.Equal(0.6, power["a"], 12);
        Assert.Equal(0.2, power["c"], 12);
    }

    [Fact]
    public void A_member_who_took_no_position_still_votes()
    {
        // 4, 2, 1 with quota 5 of 7: c's silence does not hand its swings to the others.
        var power = Power(Council(Qualified(5 / 7.0), ("a", 4, true), ("b", 2, true), ("c", 1, false)));
        Assert.Equal(0.2, power["c"], 12);
    }

    [Fact]
    public void The_member_clause_and_the_blocking_clause_change_who_swings()
    {
        // Votes 4, 2, 1, 1 with a quota of 5 of 8. With no clause {a, c} wins; requiring three of the
        // four members makes it lose, so b, c and d gain swings at a's expense.
        var plain = Power(Council(Qualified(5 / 8.0), ("a", 4, true), ("b", 2, true), ("c", 1, true), ("d", 1, true)));
        var threeMembers = Power(Council(Qualified(5 / 8.0, 0.75), ("a", 4, true), ("b", 2, true), ("c", 1, true), ("d", 1, true)));
        Assert.True(threeMembers["a"] < plain["a"]);
        Assert.True(threeMembers["d"] > plain["d"]);
        // A quota of all 8 votes makes every member a veto player; with a blocking minority of 2, any
        // three members win whatever their votes, so the four are equal again.
        var blocking = Power(Council(Qualified(1.0, null, 2), ("a", 4, true), ("b", 2, true), ("c", 1, true), ("d", 1, true)));
        Assert.All(blocking.Values, v => Assert.Equal(0.25, v, 12));
    }

    [Fact]
    public void Under_consensus_every_voter_holds_the_same_veto()
    {
        var power = Power(Council(DecisionRule.Consensus, ("a", 10, true), ("b", 1, true), ("c", 1, true)));
        Assert.All(power.Values, v => Assert.Equal(1 / 3.0, v, 12));
    }

    [Fact]
    public void Under_simple_majority_a_voter_with_more_than_half_is_a_dictator()
    {
        var power = Power(Council(new DecisionRule { Kind = DecisionRuleKind.Majority }, ("a", 51, true), ("b", 30, true), ("c", 19, true)));
        Assert.Equal(1.0, power["a"], 12);
        Assert.Equal(0.0, power["b"], 12);
    }

    [Fact]
    public void Under_veto_players_only_the_veto_players_hold_power()
    {
        var rule = new DecisionRule { Kind = DecisionRuleKind.VetoPlayers, VetoPlayers = ["a", "c"] };
        var power = Power(Council(rule, ("a", 1, true), ("b", 5, true), ("c", 1, true)));
        Assert.Equal(0.5, power["a"], 12);
        Assert.Equal(0.0, power["b"], 12);
    }

    [Fact]
    public void Above_the_exact_limit_vote_shares_stand_in_for_the_index()
    {
        var power = Power(Council(Qualified(0.6), ("a", 3, true), ("b", 1, true)), maxExact: 1);
        Assert.Equal(0.75, power["a"], 12);
    }

    [Fact]
    public void Shapley_Shubik_can_be_asked_for()
    {
        var power = Power(Council(Qualified(5 / 7.0), ("a", 4, true), ("b", 2, true), ("c", 1, true)), PowerIndex.ShapleyShubik);
        Assert.Equal(4 / 6.0, power["a"], 12);
    }

    [Fact]
    public void Large_games_are_computed_in_fewer_vote_units_so_that_their_cost_stays_bounded()
    {
        Assert.Equal(IssuePower.VoteUnits, IssuePower.UnitsFor(28));
        Assert.Equal(2_000, IssuePower.UnitsFor(100));
        Assert.True(IssuePower.UnitsFor(100) * 100L * 100 * 100 <= IssuePower.AdditionBudget);

        // 60 voters with fractional votes: 9,259 units, and the index still follows the votes.
        var members = Enumerable.Range(0, 60).Select(i => ($"m{i}", 1.0 + i % 7 * 0.37, true)).ToArray();
        var power = Power(Council(Qualified(0.7), members));
        Assert.Equal(1.0, power.Values.Sum(), 9);
        Assert.True(power["m6"] > power["m0"], "more votes, more power");
    }
}
