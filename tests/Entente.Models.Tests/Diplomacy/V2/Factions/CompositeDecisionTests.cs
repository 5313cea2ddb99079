using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using static Entente.Models.Tests.Diplomacy.V2.Factions.CompositeCases;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>
/// A composite as decider, negotiating party and subject (§8, §9, §4.5): its factions' objectives and types decide,
/// and what observers learn about it, they learn about its factions.
/// </summary>
public sealed class CompositeDecisionTests
{
    private static Scenario WithAidIdeals(Scenario scenario) => scenario with
    {
        Actors = new(scenario.Actors.Select(a => a.Id != "S" ? a : a with
        {
            Factions = new(a.Factions.Select(f => f with
            {
                Positions = [f.Positions[0], new FactionPosition("aid", f.Name switch { "Hawk" => 20, "Dove" => 80, _ => 50 })],
            })),
        })),
        Stances = new(scenario.Stances.Select(s => s.ActorId == "S" && s.IssueId == "aid" ? s with { Position = 47 } : s)),
    };

    private static Scenario Deciding(Scenario scenario) =>
        scenario with { Strategic = scenario.Strategic! with { Issues = [new UnilateralIssue("aid", "S")] } };

    private static double Belief(ForecastResult run, string observer, string about, string dimension, int round) =>
        run.Strategic!.Rounds.Single(r => r.Round == round).Beliefs.Single(b => b.Observer == observer && b.About == about && b.Dimension == dimension).Mean;

    [Fact]
    public void A_composite_decides_its_own_issue_on_the_weighted_sum_of_its_factions_stakes()
    {
        // Ideals on aid 20 (0.45), 80 (0.35), 50 (0.20), equal resolves: Σ w_f r |x − x*_f| is least at the weighted
        // median of the ideals, 50, not at their weighted mean 47 where the composite starts.
        var run = V2.Engine.Cases.Run(Deciding(WithAidIdeals(Trio())));

        Near.Equal(47, run.Issues.Single(i => i.IssueId == "aid").Rounds[0].Positions["S"]);
        Near.Equal(50, run.Issues.Single(i => i.IssueId == "aid").Rounds[^1].Positions["S"]);
    }

    [Fact]
    public void Observers_read_a_composites_choice_on_the_joint_grid_of_its_factions()
    {
        // With the Hawk's resolve on aid uncertain, choosing 50 tells R the Hawk does not outweigh the rest: had its
        // resolve been 1 (0.45 against 0.35·0.5 + 0.2·0.5), the weighted median would be the Hawk's 20.
        var scenario = Deciding(WithAidIdeals(Trio())).WithTypes(
            R("S.Hawk", "aid", [0.5, 1], [1, 1], 0.5), R("S.Dove", "aid", [0.5], [1]), R("S.Centre", "aid", [0.5], [1]));
        scenario = scenario with
        {
            Strategic = scenario.Strategic! with
            {
                Watch = [new WatchEntry { Observer = "R", About = "S.Hawk", Dimension = TypeDimension.Resolve, Issue = "aid" }],
            },
        };

        var run = V2.Engine.Cases.Run(scenario);

        Assert.True(Belief(run, "R", "S.Hawk", "r/aid", 1) < 0.75, "the Hawk's resolve is believed lower after the choice");
    }

    [Fact]
    public void A_composite_party_concedes_by_the_weighted_majority_of_its_factions()
    {
        // A negotiation on trade with a deadline: the log shows S deciding each round as one party.
        var scenario = Trio() with
        {
            Strategic = Trio().Strategic! with
            {
                Negotiations = [new Negotiation { Id = "talks", Parties = ["S", "R"], Issues = ["trade"], Deadline = 3 }],
            },
        };
        scenario = scenario.WithTypes(R("S", "trade", [0.3, 0.9], [1, 1]));

        var run = V2.Engine.Cases.Run(scenario);

        var decisions = run.Strategic!.Rounds.SelectMany(r => r.Decisions).Where(d => d.Signal == "talks" && d.Actor == "S").ToArray();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, d => Assert.Contains(d.Kind, new[] { "concede", "hold" }));
    }

    [Fact]
    public void A_report_on_a_composites_resolve_is_learned_about_its_factions()
    {
        var report = new Entente.Domain.Strategic.Claim
        {
            Id = "dossier", Round = 1, Senders = ["T"], Channel = Channel.Public, Kind = ClaimKind.Report,
            Report = new ReportContent { Subject = "S", Dimension = TypeDimension.Resolve, Issue = "trade", Direction = BoundDirection.AtLeast, Level = 0.7 },
        };
        var scenario = Trio(report).WithTypes(R("S", "trade", [0.3, 0.9], [1, 1])) with { };
        scenario = scenario with
        {
            Strategic = scenario.Strategic! with
            {
                // Without learning from base-model moves, the round's end shows what the report taught.
                Parameters = new LayerParameters { LearnFromMoves = false },
                Watch = [new WatchEntry { Observer = "R", About = "S.Hawk", Dimension = TypeDimension.Resolve, Issue = "trade" },
                         new WatchEntry { Observer = "R", About = "S", Dimension = TypeDimension.Resolve, Issue = "trade" }],
            },
        };

        var run = V2.Engine.Cases.Run(scenario);

        var reading = run.Strategic!.Rounds.SelectMany(r => r.Signals).Single(s => s.Id == "dossier");
        var r = reading.Observers.Single(o => o.Observer == "R");
        Near.Equal(0.6, r.PriorMean);
        Assert.True(r.PosteriorMean >= r.PriorMean, $"{r.PriorMean} → {r.PosteriorMean}");
        // What R believes of S is what it believes of S's factions, weighted.
        Assert.True(r.PosteriorMean > r.PriorMean, $"{r.PriorMean} → {r.PosteriorMean}");
        Assert.True(Belief(run, "R", "S.Hawk", "r/trade", 1) > 0.6);
        Near.Equal(r.PosteriorMean, Belief(run, "R", "S", "r/trade", 1));
    }
}
