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
        var cluster = new Option<string?>("--cluster") { Description = "Run the trials on the Orleans cluster whose gateway is HOST:PORT (see 'entente silo'). Results do not depend on it." };
        var clusterId = new Option<string?>("--cluster-id") { Description = "The cluster's id (its silos' --cluster-id; default: entente)." };
        var job = new Option<string?>("--job") { Description = "The cluster job's id: the same id re-attaches to a job (default: a hash of the sweep, so running it again re-attaches)." };
        var rangeSize = new Option<long?>("--range-size") { Description = "Trials per range handed to a worker (default: 256; on a GPU 1,048,576). Results do not depend on it." };
        var device = CommonOptions.Device("the trials (compromise, median and eum have kernels)");
        var command = new Command("sweep", "Monte Carlo over uncertain inputs: the distribution of each issue's forecast.");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(trials);
        noiseInputs.AddTo(command);
        command.Options.Add(threads);
        command.Options.Add(rangeSize);
        command.Options.Add(device);
        command.Options.Add(cluster);
        command.Options.Add(clusterId);
        command.Options.Add(job);
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
                RangeSize = parse.GetValue(rangeSize),
                Device = parse.GetValue(device),
                Cluster = parse.GetValue(cluster),
                ClusterId = parse.GetValue(clusterId),
                Job = parse.GetValue(job),
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
