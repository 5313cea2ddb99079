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
        var inputs = new ModelInputs();
        var noiseInputs = new NoiseInputs(NoiseSettings.None);
        var format = CommonOptions.Format();
        var trials = new Option<long>("--trials", "-n") { Description = "Number of trials.", DefaultValueFactory = _ => 1000 };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores). Results do not depend on it." };
        var command = new Command("sweep", "Monte Carlo over uncertain inputs: the distribution of each issue's forecast.");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(trials);
        noiseInputs.AddTo(command);
        command.Options.Add(threads);
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (options, problems) = inputs.Read(parse);
            var noise = noiseInputs.Read(parse);
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
                return ModelInputs.Fail(console, all);
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            var plan = SweepPlan.For(inputs.Request(parse, document.Scenario, options), parse.GetValue(trials), noise);
            SweepResult sweep;
            var startedAt = TimeProvider.System.GetUtcNow();
            try
            {
                var executor = new CpuTrialExecutor(parse.GetValue(threads));
                sweep = TrialProgress.Run(console, "sweep", plan.Trials, progress => executor.Run(plan, progress));
            }
            catch (ModelOptionsException e)
            {
                return ModelInputs.Fail(console, e);
            }
            NoiseInputs.WarnIfIdle(console, noise, document.Scenario, sweep);
            var json = SweepOutput.Json(document.Scenario, sweep);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(json);
            }
            else
            {
                SweepOutput.Table(console.Rich, document.Scenario, sweep);
            }
            return saving.SaveSummaryIfAsked(console, parse, RunKind.Sweep, new ScenarioSource(document.Scenario.Name, document.Text, document.File), source => new RunHeader
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
