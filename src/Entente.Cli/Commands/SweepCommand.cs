using System.CommandLine;
using Entente.Cli.Output;
using Entente.Models;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente sweep SCENARIO --trials N</c>: Monte Carlo over noisy inputs; per issue the distribution
/// of the forecast.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = CommonOptions.Scenario();
        var model = CommonOptions.Model();
        var rounds = CommonOptions.Rounds();
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var modelOptions = CommonOptions.ModelOptions();
        var trials = new Option<long>("--trials", "-n") { Description = "Number of trials.", DefaultValueFactory = _ => 1000 };
        var positionNoise = new Option<double>("--position-noise") { Description = "SD of positions as a share of the scale width (0.05 = 5 points on 0-100)." };
        var salienceNoise = new Option<double>("--salience-noise") { Description = "SD of saliences on 0-1." };
        var capabilityNoise = new Option<double>("--capability-noise") { Description = "SD of log capability (0.1 ≈ ±10%)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores). Results do not depend on it." };
        var command = new Command("sweep", "Monte Carlo over uncertain inputs: the distribution of each issue's forecast.")
        {
            scenario, model, rounds, seed, format, modelOptions, trials, positionNoise, salienceNoise, capabilityNoise, threads,
        };
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
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
            if (parse.GetValue(trials) <= 0)
            {
                all.Add("--trials must be a positive whole number");
            }
            if (parse.GetValue(threads) is <= 0)
            {
                all.Add("--threads must be positive");
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
            var request = new ForecastRequest { Scenario = document.Scenario, Model = parse.GetValue(model), Options = options };
            var chosen = ForecastRunner.ResolveModel(request);
            var plan = new SweepPlan
            {
                Scenario = document.Scenario,
                Model = chosen,
                Options = ForecastRunner.ResolveOptions(request, chosen),
                Rounds = parse.GetValue(rounds),
                Trials = parse.GetValue(trials),
                Seed = parse.GetValue(seed),
                Noise = noise,
            };
            SweepResult sweep;
            var startedAt = TimeProvider.System.GetUtcNow();
            try
            {
                var executor = new CpuTrialExecutor(parse.GetValue(threads));
                sweep = TrialProgress.Run(console, "sweep", plan.Trials, progress => executor.Run(plan, progress));
            }
            catch (ModelOptionsException e)
            {
                e.Problems.ToList().ForEach(p => console.Error.WriteLine($"error: {p}"));
                return ExitCodes.BadInput;
            }
            var json = SweepOutput.Json(document.Scenario, sweep);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(json);
            }
            else
            {
                SweepOutput.Table(console.Rich, document.Scenario, sweep);
            }
            return saving.SaveSummaryIfAsked(console, parse, RunKind.Sweep, parse.GetValue(scenario)!, document.Scenario.Name, source => new RunHeader
            {
                Scenario = source,
                Model = sweep.Model,
                Options = plan.Options,
                Seed = plan.Seed,
                RoundLimit = plan.Rounds,
                CodeVersion = CodeVersion.Engine,
                StartedAt = startedAt,
                Elapsed = sweep.Elapsed,
            }, json);
        });
        return command;
    }
}
