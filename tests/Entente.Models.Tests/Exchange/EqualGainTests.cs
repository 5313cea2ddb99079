namespace Entente.Models.Tests.Exchange;

/// <summary>The equal-gain computation on cases worked by hand (spec S5-S6, S11.1).</summary>
public sealed class EqualGainTests
{
    [Fact]
    public void Reference_line_1_USA_concedes_eaa_to_China_for_financevol()
    {
        // Spec S11.1: J's full move would make USA overshoot, so USA goes all the way and China moves
        // 89.213918; each gains |9.020619·0.70 − 10.309278·0.40| = 2.190722.
        var first = ExchangeReference.Run(ExchangeReference.Load("cop21-2016-semicolon.csv"), 1).Rounds![0].Exchanges![0];
        Assert.Equal(("USA", "eaa", "China", "financevol"), (first.ActorA, first.IssueA, first.ActorB, first.IssueB));
        Assert.Equal(2.190722, first.Gain, 6);
        Assert.Equal(-100, first.MoveA, 9);
        Assert.Equal(-89.213918, first.MoveB, 6);
        Assert.Equal(10.786082, first.NewPositionB, 6);
    }

    [Fact]
    public void When_the_partners_full_move_would_overshoot_the_supplier_moves_all_the_way()
    {
        // D[p] = 1.5, O[p] = 40; D[q] = 0.9, O[q] = 33.33. A demands p (ratio 3 > 0.5), rate r_q/r_p = 1.2/0.9.
        // B's full move of 100 shifts p by 40 and would need A to move 160 on q; A's room is 100, so A moves
        // 100 (q shifts 33.33), p shifts 25 and B moves 25·1.5/0.6 = 62.5. Gain 25·0.9 − 33.33·0.3 = 12.5.
        var scenario = TwoIssues.Of(
            ("A", "p", 0, 0.9, 1), ("A", "q", 100, 0.3, 1),
            ("B", "p", 100, 0.3, 2), ("B", "q", 0, 0.6, 1));
        var result = ExchangeReference.Run(scenario, 1);
        var trade = Assert.Single(result.Rounds![0].Exchanges!);
        Assert.Equal(("A", "q", "B", "p"), (trade.ActorA, trade.IssueA, trade.ActorB, trade.IssueB));
        Assert.Equal(12.5, trade.Gain, 9);
        Assert.Equal(-100, trade.MoveA, 9);
        Assert.Equal(-62.5, trade.MoveB, 9);
        Assert.Equal(15, result.Issues[0].Rounds[1].WeightedMean, 9);
        Assert.Equal(0, result.Issues[1].Rounds[1].WeightedMean, 9);
    }

    [Fact]
    public void The_cap_stops_the_compromise_on_the_demanding_actors_position()
    {
        // On q, A (100), B (40) and C (0) weigh 0.5 each: O[q] = 46.67. A's full move to 40 would carry
        // O[q] to 26.67, past B's 40, so A may shift it by 6.67 only: a move of 20. B's shift on p follows
        // from the ratio, 6.67·1.0/1.2 = 5.56, a move of 22.22; each gains 5.56·0.9 − 6.67·0.5 = 1.667.
        var scenario = TwoIssues.Of(
            ("A", "p", 0, 0.9, 1), ("A", "q", 100, 0.5, 1),
            ("B", "p", 100, 0.3, 1), ("B", "q", 40, 0.5, 1),
            ("C", "q", 0, 0.5, 1));
        var result = ExchangeReference.Run(scenario, 1);
        var trade = Assert.Single(result.Rounds![0].Exchanges!);
        Assert.Equal(-20, trade.MoveA, 9);
        Assert.Equal(-200.0 / 9, trade.MoveB, 9);
        Assert.Equal(5.0 / 3, trade.Gain, 9);
        var q = result.Issues.Single(i => i.IssueId == "q").Rounds[1];
        Assert.Equal(40, q.WeightedMean, 9);
    }

    [Fact]
    public void An_actor_without_data_on_an_issue_takes_no_part_in_its_exchanges()
    {
        // C has no row for p: it counts neither in p's compromise nor in any (p, q) pair, but it still
        // weighs on q's compromise.
        var scenario = TwoIssues.Of(
            ("A", "p", 0, 0.9, 1), ("A", "q", 100, 0.5, 1),
            ("B", "p", 100, 0.3, 1), ("B", "q", 40, 0.5, 1),
            ("C", "q", 0, 0.5, 1));
        var result = ExchangeReference.Run(scenario, 3);
        Assert.All(result.Rounds!.SelectMany(r => r.Exchanges!), e => Assert.DoesNotContain("C", new[] { e.ActorA, e.ActorB }));
        var p = result.Issues.Single(i => i.IssueId == "p");
        Assert.All(p.Rounds, r => Assert.False(r.Positions.ContainsKey("C")));
        var q = result.Issues.Single(i => i.IssueId == "q");
        Assert.All(q.Rounds, r => Assert.Equal(0, r.Positions["C"]));
        Assert.Equal(140.0 / 3, q.Rounds[0].WeightedMean, 9);
    }

    [Fact]
    public void Next_round_starts_part_of_the_way_to_the_voting_position()
    {
        // w = 0.4(1 − s) + 0.1: A (s = 0.5 on q) keeps 100 + 0.3·(80 − 100) = 94 as its round-2 start, which
        // is what round 2's trade starts from.
        var scenario = TwoIssues.Of(
            ("A", "p", 0, 0.9, 1), ("A", "q", 100, 0.5, 1),
            ("B", "p", 100, 0.3, 1), ("B", "q", 40, 0.5, 1),
            ("C", "q", 0, 0.5, 1));
        var result = ExchangeReference.Run(scenario, 2);
        Assert.Equal(94, result.Rounds![1].Exchanges![0].PositionA, 9);
    }
}
