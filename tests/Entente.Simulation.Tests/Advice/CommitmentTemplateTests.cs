using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Formats;
using Entente.Models;
using Entente.Models.Diplomacy.Engine;
using Entente.Simulation.Advice;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// The commitment templates on an issue another actor decides (tests/data/advice/stand-on-decided-issue.yaml). A stand
/// is tested only when its sender's own move would cross its level; on an issue Beta decides, Alpha's position is only
/// its demand and never moves, so a stand there was never tested, while Beta's best response weighed it as a threat
/// of contest: a threat of war that could never be called. The template there is a threat of contest to the decider.
/// </summary>
public sealed class CommitmentTemplateTests
{
    private static readonly Scenario Case =
        ScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "data", "advice", "stand-on-decided-issue.yaml")).Scenario;

    private static IReadOnlyList<Lever> Commitments() =>
        new LeverGenerator(Case, "A", ["b_move", "trade"], [0.0, 80.0], new Dictionary<string, double> { ["b_move"] = 100, ["trade"] = 80 }, 3)
            .Generate([LeverFamily.Commitment]);

    // The templates that contest b_move (a stand on it, or a threat whose ask is on it and whose action is a contest).
    private static IEnumerable<Lever> OnMove() => Commitments().Where(l => l.Variant.Strategic!.Signals.Single() is var c
        && (c.Kind == ClaimKind.Stand ? c.Issue == "b_move" : c.Ask?.Issue == "b_move" && c.Action?.Contest == true));

    private static IEnumerable<LayerDecision> Decisions(Scenario scenario) =>
        ModelCatalog.Create("eum-diplomacy", Case.Model!.Options).Run(scenario, new ModelRunContext { Seed = 1 }).Strategic!.Rounds.SelectMany(r => r.Decisions);

    [Fact]
    public void On_an_issue_another_actor_decides_the_template_is_a_threat_of_contest_to_the_decider()
    {
        var onMove = OnMove().ToArray();
        Assert.Equal(2, onMove.Length);
        foreach (var lever in onMove)
        {
            var claim = lever.Variant.Strategic!.Signals.Single(c => c.Id.StartsWith("advise_", StringComparison.Ordinal));
            Assert.Equal(ClaimKind.Threat, claim.Kind);
            Assert.Equal("B", claim.To);
            Assert.True(claim.Action!.Contest);
            Assert.Equal(new Bound("b_move", BoundDirection.AtMost, 0), claim.Ask);
        }
        Assert.Equal([Channel.Private, Channel.Public], onMove.Select(l => l.Variant.Strategic!.Signals.Single().Channel));
        // On the issue Alpha decides itself the stand stays (it ties Alpha's own hands, and is tested on its own moves).
        Assert.Contains(Commitments(), l => l.Description == "take a public stand at 80 on trade");
    }

    [Fact]
    public void When_the_decider_defies_the_threat_the_advised_actor_is_called_on_it()
    {
        // Beta's conflict cost is tiny: it goes past 0 whatever Alpha says, and Alpha must contest or back down.
        foreach (var lever in OnMove())
        {
            var id = lever.Variant.Strategic!.Signals.Single().Id;
            var run = ModelCatalog.Create("eum-diplomacy", Case.Model!.Options).Run(lever.Variant, new ModelRunContext { Seed = 1 });
            Assert.True(run.Issues.Single(i => i.IssueId == "b_move").Forecast > 0, "Beta defies");
            Assert.Contains(Decisions(lever.Variant), d => d.Actor == "A" && d.Signal == id && d.Kind is "honour" or "renege");
        }
    }

    [Fact]
    public void A_stand_there_is_never_called_which_is_why_it_is_not_a_template()
    {
        // The engine's rule that made the old template free: the same stand, defied, records no decision by Alpha.
        var stand = new Claim { Id = "s", Senders = ["A"], Channel = Channel.Public, Kind = ClaimKind.Stand, Issue = "b_move", Level = 0 };
        var scenario = Case with { Strategic = Case.Strategic! with { Signals = [stand] } };
        var run = ModelCatalog.Create("eum-diplomacy", Case.Model!.Options).Run(scenario, new ModelRunContext { Seed = 1 });
        Assert.True(run.Issues.Single(i => i.IssueId == "b_move").Forecast > 0, "Beta defies");
        Assert.DoesNotContain(Decisions(scenario), d => d.Signal == "s");
    }
}
