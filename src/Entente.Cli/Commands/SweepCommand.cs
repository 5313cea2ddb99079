using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Simulation.MonteCarlo;
using Microsoft.Extensions.DependencyInjection;

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
        var noiseInputs = new NoiseInputs(NoiseSettings.Default);
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
            var (choice, optionProblems) = inputs.Read(parse);
            var request = new SweepRequest
            {
                Model = choice,
                Noise = noiseInputs.Read(parse),
                Trials = parse.GetValue(trials),
                Threads = parse.GetValue(threads),
                SaveTo = saving.SaveTo(parse),
            };
            if (ModelInputs.FailEarly(console, optionProblems, request.Validate()) is { } failed)
            {
                return failed;
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            SweepOutcome outcome;
            try
            {
                var service = console.Services.GetRequiredService<SweepService>();
                outcome = TrialProgress.Run(console, "sweep", request.Trials, progress => CliProblems.Wait(service.RunAsync(request with { Scenario = document }, progress)));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            CliProblems.Warn(console, outcome.Warnings);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(outcome.Json);
            }
            else if (parse.GetValue(format) == OutputFormat.Csv)
            {
                console.Out.Write(outcome.Csv);
            }
            else
            {
                SweepOutput.Table(console.Rich, document.Scenario, outcome.Sweep);
            }
            return Storage.ForecastSaving.Report(console, outcome.Saved);
        });
        return command;
    }
}
