using Entente.Domain;
using Entente.Simulation.Sensitivity;

namespace Entente.Simulation.Tests.Sensitivity;

public class SensitivityAnalysisTests
{
    [Fact]
    public void A_position_step_moves_the_compromise_by_the_actor_s_share_of_the_weight()
    {
        var settings = new SensitivitySettings { PositionStep = 0.1 };

        var result = SensitivityAnalysis.Run(Scenarios.ThreeActors(), "compromise", [], settings);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Scenarios.ThreeActorsCompromise, issue.Baseline, 12);
        foreach (var (actor, weight) in new[] { ("a", 1.0), ("b", 2.0), ("c", 3.0) })
        {
            var bar = issue.Tornado.Single(b => b.ActorId == actor && b.Field == SensitivityField.Position);
            Assert.Equal(weight / 6 * 10, bar.High - issue.Baseline, 9);
            Assert.Equal(-weight / 6 * 10, bar.Low - issue.Baseline, 9);
        }
        Assert.Equal(("c", SensitivityField.Position), (issue.Tornado[0].ActorId, issue.Tornado[0].Field));
    }

    [Fact]
    public void A_capability_change_reweights_the_compromise()
    {
        var result = SensitivityAnalysis.Run(Scenarios.ThreeActors(), "compromise", [], new SensitivitySettings { CapabilityFactor = 2 });

        var bar = result.Issues[0].Tornado.Single(b => b.ActorId == "a" && b.Field == SensitivityField.Capability);
        Assert.Equal((2 * 40 + 2 * 50 + 3 * 60) / 7.0, bar.High, 9);
        Assert.Equal((0.5 * 40 + 2 * 50 + 3 * 60) / 5.5, bar.Low, 9);
    }

    [Fact]
    public void The_median_actor_is_pivotal_and_the_others_are_not()
    {
        // Weights 1, 2, 3 at 40, 50, 60: the median is c's 60 (cumulative 1, 3, 6 reaches 3 at b... half of 6 is 3, reached at b = 50).
        // Without a: weights 2, 3 -> median 60; without b: 1, 3 -> 60; without c: 1, 2 -> 50.
        var result = SensitivityAnalysis.Run(Scenarios.ThreeActors(), "median", [], new SensitivitySettings { PivotalShare = 0.05 });

        var issue = result.Issues[0];
        Assert.Equal(50, issue.Baseline);
        var byActor = issue.Influence.ToDictionary(x => x.ActorId);
        Assert.Equal(60, byActor["a"].Without);
        Assert.Equal(60, byActor["b"].Without);
        Assert.Equal(50, byActor["c"].Without);
        Assert.True(byActor["a"].Pivotal);
        Assert.True(byActor["b"].Pivotal);
        Assert.False(byActor["c"].Pivotal);
    }

    [Fact]
    public void Leaving_out_an_actor_that_would_leave_an_issue_alone_marks_that_issue_not_a_number()
    {
        var scenario = Scenarios.ThreeActors();
        scenario = scenario with
        {
            Issues = scenario.Issues.Add(new Issue { Id = "y", Name = "y", Scale = IssueScale.Percent }),
            Stances = scenario.Stances
                .Add(new Stance { ActorId = "a", IssueId = "y", Position = 10, Salience = 1 })
                .Add(new Stance { ActorId = "b", IssueId = "y", Position = 20, Salience = 1 }),
        };

        var result = SensitivityAnalysis.Run(scenario, "compromise", [], new SensitivitySettings());

        var y = result.Issues[1].Influence.ToDictionary(x => x.ActorId);
        Assert.True(double.IsNaN(y["a"].Without));
        Assert.False(y["a"].Pivotal);
        Assert.Equal((1 * 40 + 3 * 60) / 4.0, result.Issues[0].Influence.Single(x => x.ActorId == "b").Without, 9);
    }
}
