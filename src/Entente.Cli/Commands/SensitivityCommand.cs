using System.CommandLine;
using Entente.Cli.Output;
using Entente.Models;
using Entente.Simulation.Forecasting;
using Entente.Simulation.Sensitivity;

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
        var command = new Command("sensitivity", "One-at-a-time sensitivity of each issue's forecast to each actor's position, salience and capability; pivotal actors.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, positionStep, salienceStep, capabilityFactor, pivotal })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (options, problems) = inputs.Read(parse);
            var settings = new SensitivitySettings
            {
                PositionStep = parse.GetValue(positionStep),
                SalienceStep = parse.GetValue(salienceStep),
                CapabilityFactor = parse.GetValue(capabilityFactor),
                PivotalShare = parse.GetValue(pivotal),
            };
            var all = problems.ToList();
            if (!(settings.PositionStep > 0 && settings.PositionStep <= 1)) all.Add("--position-step must be in (0, 1]");
            if (!(settings.SalienceStep > 0 && settings.SalienceStep <= 1)) all.Add("--salience-step must be in (0, 1]");
            if (!(settings.CapabilityFactor > 1 && double.IsFinite(settings.CapabilityFactor))) all.Add("--capability-factor must be above 1");
            if (!(settings.PivotalShare >= 0 && settings.PivotalShare <= 1)) all.Add("--pivotal must be in [0, 1]");
            if (all.Count > 0)
            {
                return ModelInputs.Fail(console, all);
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            SensitivityResult result;
            try
            {
                result = SensitivityAnalysis.Run(inputs.Request(parse, document.Scenario, options), settings);
            }
            catch (ModelOptionsException e)
            {
                return ModelInputs.Fail(console, e);
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(SensitivityOutput.Json(document.Scenario, result));
            }
            else
            {
                SensitivityOutput.Table(console.Rich, document.Scenario, result);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
