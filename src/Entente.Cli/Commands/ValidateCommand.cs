using System.CommandLine;
using Entente.Domain.Validation;
using Entente.Formats;

namespace Entente.Cli.Commands;

/// <summary><c>entente validate FILE</c>: reports every problem of a scenario file at once.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "Scenario file in any supported format." };
        var command = new Command("validate", "Check a scenario file and list every problem (exit code 2 if any error).") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            ScenarioDocument document;
            try
            {
                document = ScenarioFiles.Load(path);
            }
            catch (ScenarioLoadException e)
            {
                ScenarioInput.Print(e.Diagnostics, console);
                return ExitCodes.BadInput;
            }
            var diagnostics = document.Validate();
            ScenarioInput.Print(diagnostics, console);
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count - errors;
            var scenario = document.Scenario;
            console.Out.WriteLine(errors == 0
                ? $"{path}: valid {document.Format} scenario '{scenario.Name}': {scenario.Actors.Count} actors, {scenario.Issues.Count} issues, {scenario.Stances.Count} stances{(warnings > 0 ? $", {warnings} warning(s)" : "")}"
                : $"{path}: {errors} error(s), {warnings} warning(s)");
            return errors == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
