using System.Text.RegularExpressions;
using Entente.Application;
using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.MonteCarlo;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// The CLI's JSON and CSV are the application layer's documents, byte for byte: the command's standard output
/// against the service's document for the same input. A web API that serves the documents serves what the CLI prints.
/// </summary>
public sealed partial class ApplicationParityTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddEntenteApplication().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    private static ScenarioDocument Example(string name) => ScenarioFiles.Load(RepoPaths.Example(name));

    [Theory]
    [InlineData("ec-cars-1994.yaml", "eum", null)]
    [InlineData("ec-cars-1994.yaml", "nbs", "utility=quadratic")]
    [InlineData("cop21-paris-2015.yaml", "exchange", null)]
    [InlineData("korea-2010-yeonpyeong.yaml", null, null)]
    public async Task Forecast_json_and_csv_are_the_services_documents(string example, string? model, string? option)
    {
        var args = new List<string> { "forecast", RepoPaths.Example(example), "--trials", "40" };
        if (model is not null) args.AddRange(["--model", model]);
        if (option is not null) args.AddRange(["--option", option]);
        var options = option is null ? Array.Empty<ModelOption>() : [new ModelOption(option.Split('=')[0], option.Split('=')[1])];

        var json = Cli.Run([.. args, "--format", "json"]);
        var csv = Cli.Run([.. args, "--format", "csv"]);
        var outcome = await Service<ForecastService>().RunAsync(new ForecastRequest { Scenario = Example(example), Trials = 40, Model = new ModelChoice { Model = model, Options = options } });

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(outcome.Json + Environment.NewLine, json.Out);
        Assert.Equal(outcome.Csv, csv.Out);
    }

    [Fact]
    public async Task Sensitivity_json_is_the_services_document()
    {
        var cli = Cli.Run("sensitivity", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "median", "--format", "json");
        var outcome = await Service<SensitivityService>().RunAsync(new SensitivityRequest { Scenario = Example("ec-cars-1994.yaml"), Model = new ModelChoice { Model = "median" } });

        Assert.Equal(outcome.Json + Environment.NewLine, cli.Out);
    }

    [Fact]
    public async Task Compare_json_is_the_services_document()
    {
        var cli = Cli.Run("compare", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--variant", "praise-in-private", "--trials", "30", "--attribution", "10", "--format", "json");
        var outcome = await Service<ComparisonService>().RunAsync(new ComparisonRequest
        {
            Scenario = Example("korea-2010-yeonpyeong.yaml"),
            Variants = ["praise-in-private"],
            Trials = 30,
            Attribution = 10,
        });

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(outcome.Json + Environment.NewLine, cli.Out);
    }

    [Fact]
    public async Task Backtest_json_is_the_services_document()
    {
        var file = RepoPaths.Data("deu/deu3-dev.tsv");
        var cli = Cli.Run("backtest", file, "--model", "compromise", "--model", "power-compromise", "--capability", "voting-power", "--folds", "3", "--repeats", "1", "--replicates", "40", "--format", "json");
        var outcome = await Service<BacktestService>().RunAsync(new BacktestRequest
        {
            File = file,
            Models = ["compromise", "power-compromise"],
            Capability = "voting-power",
            Folds = 3,
            Repeats = 1,
            Replicates = 40,
        });

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(outcome.Json + Environment.NewLine, cli.Out);
    }

    [Fact]
    public async Task Sweep_json_is_the_services_document_but_for_the_time_it_took()
    {
        var cli = Cli.Run("sweep", RepoPaths.Example("ec-cars-1994.yaml"), "--trials", "300", "--position-noise", "0.05", "--salience-noise", "0", "--capability-noise", "0", "--seed", "3", "--format", "json");
        var outcome = await Service<SweepService>().RunAsync(new SweepRequest
        {
            Scenario = Example("ec-cars-1994.yaml"),
            Trials = 300,
            Noise = new NoiseSettings { Position = 0.05 },
            Model = new ModelChoice { Seed = 3 },
        });

        Assert.Equal(WithoutElapsed(outcome.Json + Environment.NewLine), WithoutElapsed(cli.Out));
        Assert.Contains("\"elapsedSeconds\": ", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_export_and_list_are_the_services_documents()
    {
        var folder = Directory.CreateTempSubdirectory("entente-parity-").FullName;
        try
        {
            var store = Path.Combine(folder, "runs.db");
            Assert.Equal(0, Cli.Run("forecast", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "eum", "--store", store).ExitCode);

            var export = Cli.Run("runs", "export", "1", "--store", store);
            var list = Cli.Run("runs", "list", "--format", "json", "--store", store);
            var runs = Service<RunService>();
            var exported = await runs.RunAsync(new RunsRequest { Store = store, Action = RunsAction.Export, Id = 1 });
            var listed = await runs.RunAsync(new RunsRequest { Store = store });

            Assert.Equal(exported.Document + Environment.NewLine, export.Out);
            Assert.Equal(listed.Document + Environment.NewLine, list.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Game_json_is_the_services_document()
    {
        var file = RepoPaths.Example("games/tying-hands.yaml");

        var cli = Cli.Run("game", file, "--format", "json");
        var outcome = await Service<GameService>().RunAsync(new GameRequest { Path = file });

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(outcome.Json, cli.Out);
    }

    private static string WithoutElapsed(string json) => Elapsed().Replace(json, "\"elapsedSeconds\": 0,");

    [GeneratedRegex("\"elapsedSeconds\": [^,]+,")]
    private static partial Regex Elapsed();
}
