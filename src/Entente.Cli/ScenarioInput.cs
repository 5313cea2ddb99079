using Entente.Domain.Validation;
using Entente.Formats;

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
        ScenarioDocument document;
        try
        {
            document = ScenarioFiles.Load(path);
        }
        catch (ScenarioLoadException e)
        {
            Print(e.Diagnostics, console);
            return null;
        }

        var diagnostics = document.Validate();
        Print(diagnostics, console);
        return diagnostics.Any(d => d.Severity == Severity.Error) && !allowErrors ? null : document;
    }

    public static void Print(IEnumerable<Diagnostic> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
