using Entente.Application;
using Entente.Formats;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli;

/// <summary>Loads and validates the scenario a command was given, printing every problem on its own line.</summary>
internal static class ScenarioInput
{
    /// <summary>
    /// Returns the document, or null after printing its problems when it cannot be used. Warnings are
    /// printed and do not stop the command.
    /// </summary>
    public static ScenarioDocument? Load(string path, CliConsole console, bool allowErrors = false)
    {
        var load = CliProblems.Wait(console.Services.GetRequiredService<DocumentService>().RunAsync(new ScenarioRequest { Path = path, AllowErrors = allowErrors }));
        Print(load.Diagnostics, console);
        return load.Document;
    }

    public static void Print(IEnumerable<Diagnostic> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
