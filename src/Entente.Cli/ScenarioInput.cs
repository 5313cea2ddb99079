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
        var problems = new ProblemPrinter(console);
        var load = CliProblems.Wait(console.Services.GetRequiredService<DocumentService>().RunAsync(
            new ScenarioRequest { Path = path, AllowErrors = allowErrors, Found = problems.Found }));
        problems.PrintRest(load.Diagnostics);
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

/// <summary>
/// Prints a file's problems as the reader finds them, so a long bad file shows its first ones at once; the load's own
/// list then adds only what came later (validation, and how many problems were not kept).
/// </summary>
internal sealed class ProblemPrinter(CliConsole console)
{
    private readonly HashSet<Diagnostic> _printed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The reader's callback: prints <paramref name="diagnostic"/> now.</summary>
    public void Found(Diagnostic diagnostic)
    {
        console.Error.WriteLine(diagnostic.ToString());
        _printed.Add(diagnostic);
    }

    /// <summary>Prints those of <paramref name="diagnostics"/> not printed as they were found.</summary>
    public void PrintRest(IEnumerable<Diagnostic> diagnostics) =>
        ScenarioInput.Print(diagnostics.Where(d => !_printed.Contains(d)), console);
}
