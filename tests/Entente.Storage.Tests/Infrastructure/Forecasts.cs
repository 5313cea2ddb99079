using Entente.Formats;
using Entente.Simulation.Forecasting;

namespace Entente.Storage.Tests.Infrastructure;

/// <summary>Real forecasts of the repository's examples, to store and read back.</summary>
internal static class Forecasts
{
    public static string Root { get; } = FindRoot();

    public static string ExamplePath(string name) => Path.Combine(Root, "examples", name);

    /// <summary>Runs <paramref name="model"/> on the example and returns the run with its file text as given.</summary>
    public static (ForecastRun Run, ScenarioSource Source) Run(string example = "ec-cars-1994.yaml", string model = "eum", ulong seed = 7, int? rounds = null)
    {
        var path = ExamplePath(example);
        var text = File.ReadAllText(path);
        var document = ScenarioFiles.Parse(text, path);
        var run = ForecastRunner.Run(new ForecastRequest { Scenario = document.Scenario, Model = model, Seed = seed, Rounds = rounds });
        return (run, new ScenarioSource(run.Scenario.Name, text, path));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Entente.slnx) not found above " + AppContext.BaseDirectory);
    }
}
