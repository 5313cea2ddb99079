using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>How a bdm run stops, and issues with nothing or nobody to bargain over.</summary>
public sealed class BdmRunTests
{
    [Fact]
    public void Converges_once_a_round_moves_nobody_by_tolerance_times_delta()
    {
        // Round 1: A loses a confrontation and joins B at 10; round 2 has nothing left to move.
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.2, 0.4)));

        Assert.Equal("converged at round 2", forecast.StoppingReason);
        Assert.Equal(3, forecast.Rounds.Count);
        Assert.Equal(10, forecast.Forecast);
    }

    [Fact]
    public void Stops_at_max_rounds_and_says_so()
    {
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.8, 0.4)), null, new ModelOption("maxRounds", "1"));
        Assert.Equal("reached max rounds 1", forecast.StoppingReason);
        Assert.Equal(2, forecast.Rounds.Count);
    }

    [Fact]
    public void The_run_context_rounds_override_max_rounds()
    {
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.8, 0.4)), 2, new ModelOption("maxRounds", "50"));
        Assert.Equal("reached max rounds 2", forecast.StoppingReason);
    }

    [Fact]
    public void Delta_zero_is_settled_at_the_common_position()
    {
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 6, 0.5, 1), ("B", 6, 0.9, 2)));
        Assert.Equal(6, forecast.Forecast);
        Assert.Single(forecast.Rounds);
        Assert.Contains("Δ = 0", forecast.StoppingReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_without_a_stance_are_not_participants_and_a_lone_actor_is_settled()
    {
        var scenario = OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.2, 0.4), ("C", 5, 1, 1)) with
        {
            Issues =
            [
                new Issue { Id = "issue", Name = "issue", Scale = new IssueScale { Min = 0, Max = 10 } },
                new Issue { Id = "alone", Name = "alone", Scale = new IssueScale { Min = 0, Max = 10 } },
            ],
        };
        scenario = scenario with
        {
            Stances = [.. scenario.Stances.Where(s => s.ActorId != "C"), new Stance { ActorId = "C", IssueId = "alone", Position = 3, Salience = 1 }],
        };

        var result = ModelCatalog.Create("eum").Run(scenario, ModelRunContext.Default);

        Assert.Equal(["A", "B"], result.Issues[0].Rounds[1].Positions.Keys);
        Assert.Equal(10, result.Issues[0].Forecast);
        Assert.Equal(3, result.Issues[1].Forecast);
        Assert.StartsWith("settled: 1 participant", result.Issues[1].StoppingReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_names_who_moved_toward_whom_and_why()
    {
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.2, 0.4)));
        Assert.Equal("Round 1: A lost a confrontation with B (E=2.56 vs 2.30) and moved from 0.0 to 10.0.", forecast.Explanation[0]);
        Assert.StartsWith("Forecast: 10.0", forecast.Explanation[^1], StringComparison.Ordinal);
    }
}
