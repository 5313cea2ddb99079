using System.CommandLine;
using Entente.Models;
using Entente.Reports;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente report SCENARIO --out DIR</c>: forecast, Monte Carlo spread and sensitivity, written as a
/// self-contained HTML page, Markdown for memos, and the charts as PNG and SVG.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = CommonOptions.Scenario();
        var model = CommonOptions.Model();
        var rounds = CommonOptions.Rounds();
        var seed = CommonOptions.Seed();
        var modelOptions = CommonOptions.ModelOptions();
        var outDir = new Option<string>("--out") { Description = "Folder to write the report into.", Required = true };
        var trials = new Option<long>("--trials", "-n") { Description = "Monte Carlo trials for the forecast distribution (0: none).", DefaultValueFactory = _ => 1000 };
        var positionNoise = new Option<double>("--position-noise") { Description = "SD of positions, share of the scale width.", DefaultValueFactory = _ => 0.05 };
        var salienceNoise = new Option<double>("--salience-noise") { Description = "SD of saliences on 0-1.", DefaultValueFactory = _ => 0.1 };
        var capabilityNoise = new Option<double>("--capability-noise") { Description = "SD of log capability.", DefaultValueFactory = _ => 0.1 };
        var noSensitivity = new Option<bool>("--no-sensitivity") { Description = "Skip the sensitivity analysis (tornado charts)." };
        var command = new Command("report", "Write an HTML and Markdown report with charts: trajectories, forecast distribution, sensitivity tornado, dyad or exchange map, narrative.")
        {
            scenario, model, rounds, seed, modelOptions, outDir, trials, positionNoise, salienceNoise, capabilityNoise, noSensitivity,
        };
        command.SetAction(parse =>
        {
            var (options, problems) = CommonOptions.ParseModelOptions(parse.GetValue(modelOptions));
            var noise = new NoiseSettings
            {
                Position = parse.GetValue(positionNoise),
                Salience = parse.GetValue(salienceNoise),
                Capability = parse.GetValue(capabilityNoise),
            };
            var all = problems.Concat(noise.Problems()).ToList();
            if (parse.GetValue(trials) < 0)
            {
                all.Add("--trials must not be negative");
            }
            if (all.Count > 0)
            {
                all.ForEach(p => console.Error.WriteLine($"error: {p}"));
                return ExitCodes.BadInput;
            }
            var document = ScenarioInput.Load(parse.GetValue(scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            var request = new ForecastRequest
            {
                Scenario = document.Scenario,
                Model = parse.GetValue(model),
                Options = options,
                Rounds = parse.GetValue(rounds),
                Seed = parse.GetValue(seed),
            };
            ReportData data;
            try
            {
                var run = ProgressDisplay.Run(console, "report: forecast", document.Scenario.Issues.Count, observer => ForecastRunner.Run(request, observer));
                SweepResult? sweep = null;
                if (parse.GetValue(trials) is > 0 and var n)
                {
                    var plan = new SweepPlan
                    {
                        Scenario = document.Scenario, Model = run.Model, Options = run.Options, Rounds = run.Rounds,
                        Trials = n, Seed = run.Seed, Noise = noise,
                    };
                    sweep = TrialProgress.Run(console, "report: sweep", n, progress => new CpuTrialExecutor().Run(plan, progress));
                }
                SensitivityResult? sensitivity = null;
                if (!parse.GetValue(noSensitivity))
                {
                    console.Error.WriteLine("report: sensitivity");
                    sensitivity = SensitivityAnalysis.Run(document.Scenario, run.Model, run.Options, new SensitivitySettings(), run.Rounds, run.Seed);
                }
                data = new ReportData { Forecast = run, Sweep = sweep, Sensitivity = sensitivity };
            }
            catch (ModelOptionsException e)
            {
                e.Problems.ToList().ForEach(p => console.Error.WriteLine($"error: {p}"));
                return ExitCodes.BadInput;
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
}
