using System.CommandLine;
using Entente.Models;
using Entente.Reports;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente report SCENARIO --out DIR</c>: forecast, Monte Carlo spread and sensitivity, written as a
/// self-contained HTML page, Markdown for memos, and the charts as PNG and SVG.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new ModelInputs();
        var noiseInputs = new NoiseInputs(new NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.1 });
        var outDir = new Option<string>("--out") { Description = "Folder to write the report into.", Required = true };
        var trials = new Option<long>("--trials", "-n") { Description = "Monte Carlo trials for the forecast distribution (0: none).", DefaultValueFactory = _ => 1000 };
        var noSensitivity = new Option<bool>("--no-sensitivity") { Description = "Skip the sensitivity analysis (tornado charts)." };
        var store = Storage.StoreSelection.StoreOption();
        var command = new Command("report", "Write an HTML and Markdown report with charts: trajectories, forecast distribution, sensitivity tornado, dyad or exchange map, narrative.");
        inputs.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(trials);
        noiseInputs.AddTo(command);
        command.Options.Add(noSensitivity);
        command.Options.Add(store);
        inputs.Scenario.Description = "Scenario file in any supported format, or the id of a stored forecast run (see 'entente runs list').";
        command.SetAction(parse =>
        {
            var (options, problems) = inputs.Read(parse);
            var noise = noiseInputs.Read(parse);
            var all = problems.Concat(noise.Problems()).ToList();
            if (parse.GetValue(trials) < 0)
            {
                all.Add("--trials must not be negative");
            }
            if (all.Count > 0)
            {
                return ModelInputs.Fail(console, all);
            }
            var target = parse.GetValue(inputs.Scenario)!;
            var stored = StoredRequest(console, target, parse.GetValue(store));
            if (stored is { Failed: true })
            {
                return ExitCodes.BadInput;
            }
            var document = stored?.Document ?? ScenarioInput.Load(target, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            var request = stored?.Request ?? inputs.Request(parse, document.Scenario, options);
            ReportData data;
            try
            {
                var run = ProgressDisplay.Run(console, "report: forecast", document.Scenario.Issues.Count, observer => ForecastRunner.Run(request, observer));
                if (stored?.Run is { } original)
                {
                    WarnIfDifferent(console, original, run);
                }
                SweepResult? sweep = null;
                if (parse.GetValue(trials) is > 0 and var n)
                {
                    var plan = SweepPlan.For(request, n, noise);
                    sweep = TrialProgress.Run(console, "report: sweep", n, progress => new CpuTrialExecutor().Run(plan, progress));
                    NoiseInputs.WarnIfIdle(console, noise, document.Scenario, sweep);
                }
                SensitivityResult? sensitivity = null;
                if (!parse.GetValue(noSensitivity))
                {
                    console.Error.WriteLine("report: sensitivity");
                    sensitivity = SensitivityAnalysis.Run(request, new SensitivitySettings());
                }
                data = new ReportData { Forecast = run, Sweep = sweep, Sensitivity = sensitivity, RunId = stored?.Run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            catch (ModelOptionsException e)
            {
                return ModelInputs.Fail(console, e);
            }
            var folder = parse.GetValue(outDir)!;
            try
            {
                var files = ReportWriter.Write(data, folder);
                console.Out.WriteLine($"wrote {files.Count} files to {folder}: index.html, report.md, charts/");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{folder}: error: cannot write the report: {e.Message}");
                return ExitCodes.BadInput;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record Stored(bool Failed, StoredRun Run, Formats.ScenarioDocument? Document, ForecastRequest? Request);

    /// <summary>
    /// A number that names no file is a run id: the stored scenario text is read back and the forecast rerun
    /// with the stored model, options, seed and round limit. Runs are deterministic, so this reproduces the
    /// stored forecast, which is checked; the report then adds the sweep and sensitivity around it.
    /// </summary>
    private static Stored? StoredRequest(CliConsole console, string target, string? storeName)
    {
        if (File.Exists(target) || !long.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }
        using var opened = Storage.StoreSelection.Open(console, storeName);
        if (opened is null)
        {
            return new Stored(true, null!, null, null);
        }
        StoredRun? run;
        try
        {
            run = opened.Find(id);
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return new Stored(true, null!, null, null);
        }
        if (run is null || run.Kind != RunKind.Forecast)
        {
            console.Error.WriteLine(run is null
                ? $"error: no run {id} in {opened.Location} (see 'entente runs list')"
                : $"error: run {id} in {opened.Location} is a {run.Kind.ToString().ToLowerInvariant()}, not a forecast; reports are made from forecasts");
            return new Stored(true, null!, null, null);
        }
        Formats.ScenarioDocument document;
        try
        {
            document = Formats.ScenarioFiles.Parse(run.Scenario.Text, run.Scenario.File ?? $"run {id}");
        }
        catch (Formats.ScenarioLoadException e)
        {
            ScenarioInput.Print(e.Diagnostics, console);
            return new Stored(true, null!, null, null);
        }
        var request = new ForecastRequest { Scenario = document.Scenario, Model = run.Model, Options = run.Options, Rounds = run.RoundLimit, Seed = run.Seed };
        return new Stored(false, run, document, request);
    }

    private static void WarnIfDifferent(CliConsole console, StoredRun original, ForecastRun rerun)
    {
        var differ = original.Issues.Zip(rerun.Result.Issues).Any(p => p.First.IssueId != p.Second.IssueId || p.First.Forecast != p.Second.Forecast)
            || original.Issues.Count != rerun.Result.Issues.Count;
        if (differ)
        {
            console.Error.WriteLine($"warning: run {original.Id} was made by Entente {original.CodeVersion}; rerun now its forecasts differ from the stored ones");
        }
    }
}
