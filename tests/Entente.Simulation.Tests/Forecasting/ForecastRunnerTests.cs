using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Forecasting;

public class ForecastRunnerTests
{
    private static Scenario TwoActors(ModelSettings? model = null) => new()
    {
        Name = "two",
        Actors = [new Actor { Id = "a", Name = "a", Capability = 1 }, new Actor { Id = "b", Name = "b", Capability = 3 }],
        Issues = [new Issue { Id = "x", Name = "x", Scale = new IssueScale { Min = 0, Max = 10 } }],
        Stances =
        [
            new Stance { ActorId = "a", IssueId = "x", Position = 2, Salience = 1 },
            new Stance { ActorId = "b", IssueId = "x", Position = 6, Salience = 1 },
        ],
        Model = model,
    };

    [Fact]
    public void Without_a_model_named_anywhere_the_default_runs()
    {
        var run = ForecastRunner.Run(new ForecastRequest { Scenario = TwoActors() });

        Assert.Equal(ModelCatalog.DefaultModel, run.Model);
        Assert.Equal((1 * 2 + 3 * 6) / 4.0, run.Result.Issues[0].Forecast, 12);
    }

    [Fact]
    public void The_command_line_model_wins_over_the_scenario_model()
    {
        var scenario = TwoActors(new ModelSettings { Name = "median" });

        Assert.Equal("median", ForecastRunner.Run(new ForecastRequest { Scenario = scenario }).Model);
        Assert.Equal("nbs", ForecastRunner.Run(new ForecastRequest { Scenario = scenario, Model = "nbs" }).Model);
    }

    [Fact]
    public void Scenario_options_apply_only_to_their_model_and_command_line_options_override_them()
    {
        var scenario = TwoActors(new ModelSettings { Name = "nbs", Options = [new ModelOption("utility", "quadratic")] });

        Assert.Equal([new ModelOption("utility", "quadratic")], ForecastRunner.ResolveOptions(new ForecastRequest { Scenario = scenario }, "nbs"));
        Assert.Empty(ForecastRunner.ResolveOptions(new ForecastRequest { Scenario = scenario }, "median"));
        Assert.Equal([new ModelOption("Utility", "linear")], ForecastRunner.ResolveOptions(
            new ForecastRequest { Scenario = scenario, Options = [new ModelOption("Utility", "linear")] }, "nbs"));
    }

    [Fact]
    public void Bad_options_fail_before_the_model_runs()
    {
        var request = new ForecastRequest { Scenario = TwoActors(), Model = "nbs", Options = [new ModelOption("utility", "cubic")] };

        var error = Assert.Throws<ModelOptionsException>(() => ForecastRunner.Run(request));
        Assert.Contains("linear, quadratic", error.Message);
    }

    [Fact]
    public void The_run_records_what_reproduces_it()
    {
        var run = ForecastRunner.Run(new ForecastRequest { Scenario = TwoActors(), Seed = 42, Rounds = 7, Model = "median" });

        Assert.Equal(42UL, run.Seed);
        Assert.Equal(7, run.Rounds);
        Assert.Equal(TwoActors(), run.Scenario);
        Assert.True(run.Elapsed >= TimeSpan.Zero);
    }
}
