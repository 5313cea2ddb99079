using Entente.Domain;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;

namespace Entente.Reports.Tests;

/// <summary>A small case run through the forecast, a sweep and sensitivity, as the report command does.</summary>
internal static class ReportFixture
{
    public static Scenario Scenario(string name = "Three-party talks") => new()
    {
        Name = name,
        Description = "A test case.",
        Sources = ["Invented for the tests."],
        Actors =
        [
            new Actor { Id = "north", Name = "North", Capability = 1 },
            new Actor { Id = "south", Name = "South", Capability = 2 },
            new Actor { Id = "broker", Name = "Broker", Capability = 3 },
        ],
        Issues =
        [
            new Issue
            {
                Id = "talks",
                Name = "Preconditions for talks",
                Scale = new IssueScale { Min = 0, Max = 100, Labels = [new ScalePoint(0, "no talks without denuclearisation"), new ScalePoint(100, "talks without preconditions")] },
            },
        ],
        Stances =
        [
            new Stance { ActorId = "north", IssueId = "talks", Position = 90, Salience = 0.9 },
            new Stance { ActorId = "south", IssueId = "talks", Position = 20, Salience = 0.7 },
            new Stance { ActorId = "broker", IssueId = "talks", Position = 60, Salience = 0.5 },
        ],
    };

    public static ReportData Data(string model = "eum", Scenario? scenario = null)
    {
        scenario ??= Scenario();
        var run = ForecastRunner.Run(new ForecastRequest { Scenario = scenario, Model = model, Seed = 3, Dyads = Entente.Models.DyadSelection.Round(1) });
        var sweep = new CpuTrialExecutor().Run(new SweepPlan
        {
            Scenario = scenario, Model = run.Model, Trials = 300, Seed = 3, Noise = new NoiseSettings { Position = 0.05, Salience = 0.1 },
        });
        var sensitivity = SensitivityAnalysis.Run(scenario, run.Model, [], new SensitivitySettings());
        return new ReportData { Forecast = run, Sweep = sweep, Sensitivity = sensitivity };
    }
}
