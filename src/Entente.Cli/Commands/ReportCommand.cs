using System.CommandLine;
using Entente.Application;
using Entente.Simulation.MonteCarlo;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

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
        var noiseInputs = new NoiseInputs(NoiseSettings.Default);
        var outDir = new Option<string>("--out") { Description = "Folder to write the report into.", Required = true };
        var trials = new Option<long>("--trials", "-n") { Description = "Monte Carlo trials for the forecast distribution (0: none).", DefaultValueFactory = _ => 1000 };
        var noSensitivity = new Option<bool>("--no-sensitivity") { Description = "Skip the sensitivity analysis (tornado charts)." };
        var advise = new Option<string?>("--advise") { Description = "Add an advice section for this actor: its levers ranked, as 'entente advise' gives them (docs/advise.md)." };
        var adviseTrials = new Option<int?>("--advise-trials") { Description = "Paired draws per fully evaluated lever of the advice (default: the scenario's montecarlo.trials, else 2000)." };
        var store = Storage.StoreSelection.StoreOption();
        var command = new Command("report", "Write an HTML and Markdown report with charts: trajectories, forecast distribution, sensitivity tornado, dyad or exchange map, narrative.");
        inputs.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(trials);
        noiseInputs.AddTo(command);
        command.Options.Add(noSensitivity);
        command.Options.Add(advise);
        command.Options.Add(adviseTrials);
        command.Options.Add(store);
        inputs.Scenario.Description = "Scenario file in any supported format, or the id of a stored forecast run (see 'entente runs list'); digits alone are a run id, so write a file named by digits as ./2.";
        command.SetAction(parse =>
        {
            var (choice, optionProblems) = inputs.Read(parse);
            var target = parse.GetValue(inputs.Scenario)!;
            // A scenario inside the report folder under a name the report writes would be overwritten by it.
            if (parse.GetValue(outDir) is { } folder && File.Exists(target)
                && (Output.OutputFiles.Overwrites([Path.Combine(folder, "index.html"), Path.Combine(folder, "report.md")], target)
                    ?? (string.Equals(Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(target))!), Path.GetFullPath(Path.Combine(folder, "charts")), StringComparison.Ordinal)
                        && Path.GetExtension(target) is ".png" or ".svg"
                        ? $"{target}: error: the report's charts would overwrite the input; choose another --out folder" : null)) is { } clash)
            {
                console.Error.WriteLine(clash);
                return ExitCodes.BadInput;
            }
            var runId = RunId(target);
            var request = new ReportRequest
            {
                Model = choice,
                Noise = noiseInputs.Read(parse),
                Trials = parse.GetValue(trials),
                Sensitivity = !parse.GetValue(noSensitivity),
                Advise = parse.GetValue(advise),
                AdviseTrials = parse.GetValue(adviseTrials),
                Folder = parse.GetValue(outDir),
                RunId = runId,
                Store = runId is null ? null : Storage.StoreSelection.Resolve(parse.GetValue(store)),
            };
            if (ModelInputs.FailEarly(console, optionProblems, request.Validate()) is { } failed)
            {
                return failed;
            }
            if (runId is null)
            {
                var document = ScenarioInput.Load(target, console);
                if (document is null)
                {
                    return ExitCodes.BadInput;
                }
                request = request with { Scenario = document };
            }
            ReportOutcome outcome;
            try
            {
                var service = console.Services.GetRequiredService<ReportService>();
                if (console.Redirected)
                {
                    var progress = new ReportProgress(console);
                    outcome = CliProblems.Wait(service.RunAsync(request, progress));
                    progress.Complete();
                }
                else
                {
                    outcome = LiveProgress.Bars(console, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                        .Start(context => CliProblems.Wait(service.RunAsync(request, new ReportBars(context))));
                }
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            CliProblems.Warn(console, outcome.Warnings);
            console.Out.WriteLine($"wrote {outcome.Files.Count} files to {outcome.Folder}: index.html, report.md, charts/");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A number that names no file is a stored forecast run's id: the report reruns it from the store.</summary>
    // Digits alone name a stored run, even where a file has that name: a file is reported by a path (./2), never by chance.
    private static long? RunId(string target) =>
        long.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>On a terminal, a bar per stage: the forecast's issues, the sweep's trials, then the sensitivity analysis.</summary>
    private sealed class ReportBars(ProgressContext context) : IProgress<RunProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private readonly HashSet<string> _issues = new(StringComparer.Ordinal);

        public void Report(RunProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var done in _tasks.Values)
                {
                    done.Value = done.MaxValue;
                    done.StopTask();
                }
                task = _tasks[value.Stage] = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                task.IsIndeterminate = value.Total == 0;
            }
            if (value.Issue is { } issue)
            {
                // An issue counts as done once the model has moved on to another one for the first time.
                if (_issues.Add(issue))
                {
                    task.Value = Math.Min(task.MaxValue, _issues.Count - 1);
                }
            }
            else
            {
                task.Value = value.Done;
            }
        }
    }

    /// <summary>
    /// The report's three stages as the CLI shows them: the forecast's rounds as log lines, the sweep's trials by
    /// tenths, the sensitivity as one line. Written at once, on the worker thread.
    /// </summary>
    private sealed class ReportProgress(CliConsole console) : IProgress<RunProgress>
    {
        private IProgress<RunProgress>? _forecast;
        private IProgress<RunProgress>? _sweep;
        private Action? _finishForecast;
        private Action? _finishSweep;

        public void Report(RunProgress value)
        {
            switch (value.Stage)
            {
                case "report: forecast":
                    _forecast ??= ProgressLines.Rounds(console, value.Stage, out _finishForecast);
                    _forecast.Report(value);
                    break;
                case "report: sweep":
                    Finish(ref _finishForecast);
                    _sweep ??= ProgressLines.Trials(console, value.Stage, value.Total, out _finishSweep);
                    _sweep.Report(value);
                    break;
                default:
                    Finish(ref _finishForecast);
                    Finish(ref _finishSweep);
                    console.Error.WriteLine(value.Stage);
                    break;
            }
        }

        /// <summary>Ends the last stage's log with its summary line.</summary>
        public void Complete()
        {
            Finish(ref _finishForecast);
            Finish(ref _finishSweep);
        }

        private static void Finish(ref Action? finish)
        {
            finish?.Invoke();
            finish = null;
        }
    }
}
