using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Simulation.Sensitivity;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary><c>entente sensitivity SCENARIO</c>: tornado tables of each issue's forecast and the pivotal actors.</summary>
internal static class SensitivityCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new ModelInputs();
        var format = CommonOptions.Format();
        var defaults = new SensitivitySettings();
        var positionStep = new Option<double>("--position-step") { Description = "Position step, share of the scale width.", DefaultValueFactory = _ => defaults.PositionStep };
        var salienceStep = new Option<double>("--salience-step") { Description = "Salience step on 0-1.", DefaultValueFactory = _ => defaults.SalienceStep };
        var capabilityFactor = new Option<double>("--capability-factor") { Description = "Capability is divided and multiplied by this.", DefaultValueFactory = _ => defaults.CapabilityFactor };
        var pivotal = new Option<double>("--pivotal") { Description = "Leaving a pivotal actor out moves the forecast by at least this share of the scale.", DefaultValueFactory = _ => defaults.PivotalShare };
        var top = new Option<int>("--top") { Description = "Bars shown per issue in the table, widest first (the JSON has all).", DefaultValueFactory = _ => SensitivityOutput.DefaultTop };
        var command = new Command("sensitivity", "One-at-a-time sensitivity of each issue's forecast to each actor's position, salience and capability; pivotal actors.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, positionStep, salienceStep, capabilityFactor, pivotal, top })
        {
            command.Options.Add(option);
        }
        var cluster = new ClusterInputs("the actors' runs");
        cluster.AddTo(command);
        command.SetAction(parse =>
        {
            var (choice, optionProblems) = inputs.Read(parse);
            var (target, clusterProblems) = cluster.Read(parse);
            var request = new SensitivityRequest
            {
                Model = choice,
                Cluster = target,
                Settings = new SensitivitySettings
                {
                    PositionStep = parse.GetValue(positionStep),
                    SalienceStep = parse.GetValue(salienceStep),
                    CapabilityFactor = parse.GetValue(capabilityFactor),
                    PivotalShare = parse.GetValue(pivotal),
                },
            };
            if (parse.GetValue(top) < 1)
            {
                console.Error.WriteLine("error: --top: must be at least 1");
                return ExitCodes.BadInput;
            }
            if (ModelInputs.FailEarly(console, [.. optionProblems, .. clusterProblems], request.Validate()) is { } failed)
            {
                return failed;
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            SensitivityOutcome outcome;
            try
            {
                outcome = CliProblems.Wait(console.Services.GetRequiredService<SensitivityService>().RunAsync(request with { Scenario = document }));
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
                SensitivityOutput.Table(console.Rich, document.Scenario, outcome.Result, parse.GetValue(top));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
