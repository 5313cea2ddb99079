using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// The one way the CLI draws live progress bars on a terminal: on standard error, cleared when the work ends
/// (a bar left behind reads as work stopped at 66%), after which the command writes its one-line summary.
/// </summary>
internal static class LiveProgress
{
    /// <summary>Progress bars for <paramref name="console"/>'s terminal, with <paramref name="columns"/>.</summary>
    public static Progress Bars(CliConsole console, params ProgressColumn[] columns) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) })
            .Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(columns);
}
