using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente models</c>: lists the models and their options.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("models", "List the models and their options.");
        command.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Model", "What it does", "Options (default)");
            foreach (var model in CliProblems.Wait(console.Services.GetRequiredService<ModelService>().RunAsync()))
            {
                var options = model.Options.Count == 0
                    ? "none"
                    : string.Join("\n", model.Options.Select(o => $"{o.Name} ({o.Default}): {o.Description}"));
                table.AddRow(Markup.Escape(model.Name), Markup.Escape(model.Summary), Markup.Escape(options));
            }
            FittedTable.Write(console.Rich, table);
            return ExitCodes.Success;
        });
        return command;
    }
}
