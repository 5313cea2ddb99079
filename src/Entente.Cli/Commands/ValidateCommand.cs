using System.CommandLine;
using Entente.Application;
using Microsoft.Extensions.DependencyInjection;

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
            var problems = new ProblemPrinter(console);
            var load = CliProblems.Wait(console.Services.GetRequiredService<DocumentService>().RunAsync(
                new ScenarioRequest { Path = path, AllowErrors = true, Found = problems.Found }));
            problems.PrintRest(load.Diagnostics);
            if (load.Document is not { } document)
            {
                return ExitCodes.BadInput;
            }
            var scenario = document.Scenario;
            console.Out.WriteLine(load.Errors == 0
                ? $"{path}: valid {document.Format} scenario '{scenario.Name}': {scenario.Actors.Count} actors, {scenario.Issues.Count} issues, {scenario.Stances.Count} stances{(load.Warnings > 0 ? $", {load.Warnings} warning(s)" : "")}"
                : $"{path}: {load.Errors} error(s), {load.Warnings} warning(s)");
            return load.Errors == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
