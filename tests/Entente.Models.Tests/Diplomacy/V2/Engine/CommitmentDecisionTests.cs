using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;
using Claim = Entente.Domain.Strategic.Claim;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>
/// Commitments in the round loop (§7): the addressee complies or not, the committer decides with its true type
/// whether to honour, and the audience learns from what it sees.
/// </summary>
public sealed class CommitmentDecisionTests
{
    // The committer's reciprocity is known to the analyst (true q) but not to the others.
    private static Scenario WithTrueReciprocity(Scenario scenario, double q) =>
        scenario with
        {
            Strategic = scenario.Strategic! with
            {
                Types = [new TypeDeclaration { Of = "S", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Grid = [0, 0.5, 1], Prior = [1, 2, 1] }, True = q }],
            },
        };

    private static IEnumerable<LayerDecision> Decisions(ForecastResult run) => run.Strategic!.Rounds.SelectMany(r => r.Decisions);

    [Fact]
    public void A_threat_whose_ask_is_defied_is_carried_out_by_a_reciprocal_committer_and_moves_its_issue()
    {
        // R stands at 0 on trade and will not comply; S (q = 1) punishes by cutting aid to 10 the round after.
        var run = Cases.Run(WithTrueReciprocity(Cases.Trio(Cases.Threat("t", Channel.Public)), 1.0));
        var honour = Assert.Single(Decisions(run), d => d.Kind == "honour");
        Assert.Equal("S", honour.Actor);
        Assert.Equal("aid", honour.Issue);
        Assert.Equal(10, honour.Level);
        Assert.True(honour.Value >= honour.Cost - 1e-9);
        var aid = run.Issues.Single(i => i.IssueId == "aid");
        Assert.Equal(10, aid.Rounds[^1].Positions["S"]);
    }

    [Fact]
    public void A_committer_without_reciprocity_breaks_a_private_threat_pays_nothing_and_its_reputation_falls()
    {
        var scenario = WithTrueReciprocity(Cases.Trio(Cases.Threat("t", Channel.Private)), 0.0);
        var run = Cases.Run(scenario);
        var renege = Assert.Single(Decisions(run), d => d.Kind == "renege");
        Assert.Equal(0, renege.Paid); // a private threat ties no hands (α_aud = 0)
        Assert.True(renege.Value < renege.Cost);
        // R heard it, so R's belief in S's reciprocity falls when S reneges; T never heard it.
        var rounds = run.Strategic!.Rounds;
        var before = rounds.First().Beliefs.Single(b => b.Observer == "R" && b.About == "S" && b.Dimension == "q").Mean;
        var decided = rounds.First(r => r.Decisions.Any(d => d.Kind == "renege"));
        var after = decided.Beliefs.Single(b => b.Observer == "R" && b.About == "S" && b.Dimension == "q").Mean;
        Assert.True(after < before, $"E^R[q_S] {before} → {after}");
        Assert.All(rounds.Select(r => r.Beliefs.Single(b => b.Observer == "T" && b.About == "S" && b.Dimension == "q").Mean), m => Assert.Equal(0.5, m, 12));
        // A broken commitment is never tested again.
        Assert.Single(Decisions(run), d => d.Signal == "t");
    }

    [Fact]
    public void Breaking_a_public_commitment_costs_the_audience_cost()
    {
        var run = Cases.Run(WithTrueReciprocity(Cases.Trio(Cases.Threat("t", Channel.Public)), 0.0));
        var decision = Assert.Single(Decisions(run), d => d.Signal == "t");
        if (decision.Kind == "renege")
        {
            Assert.Equal(0.3, decision.Paid, 12); // α_public · A = 1 · 0.3
        }
        else
        {
            Assert.Equal("honour", decision.Kind); // the audience cost made even a non-reciprocal type honour
        }
    }

    [Fact]
    public void A_committer_already_beyond_its_level_is_not_tested()
    {
        // S promises to cut aid along a schedule of R's trade position, anticipating R at 100 (aid at most 40, below
        // its 50). R stays near 0, where the schedule asks for at most 60: S, at 50, already does more than promised.
        var promise = Cases.Promise("p", Channel.Public) with
        {
            Action = new ClaimAction { Issue = "aid", Schedule = [new SchedulePoint(0, 60), new SchedulePoint(100, 40)] },
            Condition = new Condition { Actor = "R", Issue = "trade" },
            ExpectedConditionValue = 100,
        };
        var run = Cases.Run(Cases.Trio(promise));
        Assert.All(run.Issues.Single(i => i.IssueId == "aid").Rounds, r => Assert.True(r.Positions["S"] <= 60));
        Assert.DoesNotContain(Decisions(run), d => d.Signal == "p" && d.Kind is "honour" or "renege");
    }

    [Fact]
    public void A_commitment_is_first_tested_the_round_after_it_is_sent()
    {
        var run = Cases.Run(WithTrueReciprocity(Cases.Trio(Cases.Threat("t", Channel.Public, round: 3)), 1.0));
        var tested = run.Strategic!.Rounds.First(r => r.Decisions.Any(d => d.Signal == "t" && d.Kind is "honour" or "renege"));
        Assert.Equal(4, tested.Round);
    }

    [Fact]
    public void Disowning_a_leak_ends_its_commitment_at_the_disown_cost()
    {
        var scenario = Cases.Trio(Cases.Threat("t", Channel.Leak));
        scenario = WithTrueReciprocity(scenario with { Strategic = scenario.Strategic! with { Events = [new LayerEvent { Round = 1, Disown = "t" }] } }, 1.0);
        var run = Cases.Run(scenario);
        // The leak is sent in round 1 and disowned from round 1's events only if it exists then: events come first.
        Assert.DoesNotContain(Decisions(run), d => d.Kind == "disown");
        scenario = scenario with { Strategic = scenario.Strategic! with { Events = [new LayerEvent { Round = 2, Disown = "t" }] } };
        run = Cases.Run(scenario);
        var disown = Assert.Single(Decisions(run), d => d.Kind == "disown");
        Assert.Equal(0.15 * 0.3, disown.Paid, 12);
        Assert.DoesNotContain(Decisions(run), d => d.Signal == "t" && d.Kind is "honour" or "renege");
    }
}

