using Entente.Domain;

namespace Entente.Models.Tests.Spatial;

/// <summary>smp on every other KTAB input, seeded stochastic runs, and the stopping rule.</summary>
public sealed class SpatialRunTests
{
    [Theory]
    [InlineData("SOE-Policy.csv")]
    [InlineData("SOE-Competitive.csv")]
    [InlineData("dummyData_6Dim.csv")]
    [InlineData("dummyData-a040.csv")]
    [InlineData("dummyData-a080.csv")]
    [InlineData("dummyData-a160.csv")]
    public void Runs_on_every_KTAB_input_and_reports_each_turn(string input)
    {
        var scenario = KtabReference.Input(input);
        var result = ModelCatalog.Create("smp").Run(scenario, ModelRunContext.Default);

        Assert.Equal(scenario.Issues.Count, result.Issues.Count);
        var rounds = result.Rounds!;
        Assert.InRange(rounds.Count, 3, 101);
        foreach (var round in rounds)
        {
            Assert.Equal(scenario.Actors.Count, round.Positions!.Count);
            Assert.All(round.Positions.Values, p => Assert.Equal(scenario.Issues.Count, p.Length));
            Assert.All(round.Probabilities!.Values, p => Assert.InRange(p, 0, 1));
        }
        Assert.All(result.Issues, i => Assert.Equal(rounds.Count, i.Rounds.Count));
        Assert.All(result.Issues, i => Assert.InRange(i.Forecast, 0, 100));
    }

    [Fact]
    public void A_stochastic_run_is_reproduced_by_its_seed_and_changes_with_it()
    {
        var scenario = KtabReference.Input("SOE-Pol-Comp.csv");
        var model = ModelCatalog.Create("smp", [new ModelOption("stateTransition", "Stochastic"), new ModelOption("maxTurns", "15")]);

        var first = Trajectory(model.Run(scenario, new ModelRunContext { Seed = 42 }));
        var again = Trajectory(model.Run(scenario, new ModelRunContext { Seed = 42 }));
        var other = Trajectory(model.Run(scenario, new ModelRunContext { Seed = 43 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_deterministic_run_ignores_the_seed()
    {
        var scenario = KtabReference.Input("dummyData_3Dim.csv");
        var model = ModelCatalog.Create("smp");
        Assert.Equal(Trajectory(model.Run(scenario, new ModelRunContext { Seed = 1 })),
            Trajectory(model.Run(scenario, new ModelRunContext { Seed = 2 })));
    }

    [Fact]
    public void Stops_when_a_turn_changes_under_two_percent_of_the_first_turn()
    {
        // KTAB's log: turn 10 changed positions by 0.0045 of turn 1's change.
        var forecast = ModelCatalog.Create("smp").Run(KtabReference.Input("dummyData_3Dim.csv"), ModelRunContext.Default).Issues[0];
        Assert.Equal(11, forecast.Rounds.Count);
        Assert.StartsWith("converged at turn 10: the turn changed positions by 0.0045", forecast.StoppingReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_context_rounds_cap_the_turns()
    {
        var result = ModelCatalog.Create("smp").Run(KtabReference.Input("SOE-Pol-Comp.csv"), new ModelRunContext { Rounds = 3 });
        Assert.Equal(4, result.Rounds!.Count);
        Assert.Equal("reached max turns 3", result.Issues[0].StoppingReason);
    }

    [Fact]
    public void Bargains_name_initiator_and_receiver_with_a_positive_worth()
    {
        var result = ModelCatalog.Create("smp").Run(KtabReference.Input("dummyData_3Dim.csv"), ModelRunContext.Default);
        Assert.Null(result.Rounds![0].Bargains);
        var first = result.Rounds[1].Bargains!;
        // KTAB's log: every actor but 2's target... all seven proposed in turn 0.
        Assert.Equal(7, first.Count);
        Assert.Contains(first, b => b is { Initiator: "SActor-00", Receiver: "SActor-06" } && Math.Abs(b.Worth - 0.0947) < 5e-5);
    }

    [Theory]
    [InlineData("InitRcvrInterp", "false")]
    [InlineData("InitRcvrInterp", "true")]
    [InlineData("PWCompInterp", "false")]
    [InlineData("PWCompInterp", "true")]
    public void The_other_bargaining_models_run_with_and_without_the_corrections(string bargaining, string corrected)
    {
        var result = ModelCatalog.Create("smp", [new ModelOption("bargainingModel", bargaining), new ModelOption("corrected", corrected)])
            .Run(KtabReference.Input("dummyData_3Dim.csv"), ModelRunContext.Default);
        Assert.All(result.Rounds![^1].Positions!.Values, p => Assert.All(p, x => Assert.InRange(x, 0, 100)));
    }

    [Theory]
    [InlineData("victoryModel", "Octic")]
    [InlineData("victoryModel", "Binary")]
    [InlineData("votingRule", "Binary")]
    [InlineData("votingRule", "PropCbc")]
    [InlineData("pceModel", "MarkovUniform")]
    [InlineData("pceModel", "MarkovIncentive")]
    [InlineData("thirdPartyCommit", "FullCommit")]
    [InlineData("interpolation", "S2PMax")]
    [InlineData("bigRRange", "Max")]
    [InlineData("bigRAdjust", "Full")]
    public void Every_option_value_runs(string name, string value)
    {
        var result = ModelCatalog.Create("smp", [new ModelOption(name, value)]).Run(KtabReference.Input("dummyData_3Dim.csv"), ModelRunContext.Default);
        Assert.All(result.Rounds![^1].Probabilities!.Values, p => Assert.InRange(p, 0, 1));
    }

    private static string Trajectory(ForecastResult result) =>
        string.Join(";", result.Rounds!.SelectMany(r => r.Positions!.Values.SelectMany(p => p)).Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
}
