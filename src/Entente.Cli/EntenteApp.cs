using System.CommandLine;
using Entente.Application;
using Entente.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command line: builds the commands and runs one, mapping failures to exit codes.</summary>
internal static class EntenteApp
{
    /// <summary>Every command, as the parser sees them (the tests read the option letters from here).</summary>
    public static RootCommand Root(CliConsole console) => new("Entente: models and forecasts multilateral negotiations.")
    {
        ForecastCommand.Create(console),
        CompareCommand.Create(console),
        AdviseCommand.Create(console),
        ValidateCommand.Create(console),
        ConvertCommand.Create(console),
        ModelsCommand.Create(console),
        SweepCommand.Create(console),
        SensitivityCommand.Create(console),
        ReportCommand.Create(console),
        BenchCommand.Create(console),
        BacktestCommand.Create(console),
        RunsCommand.Create(console),
        LedgerCommand.Create(console),
        GameCommand.Create(console),
        ServeCommand.Create(console),
        TokensCommand.Create(console),
        InitCommand.Create(console),
        ExamplesCommand.Create(console),
        SiloCommand.Create(console),
        JobsCommand.Create(console),
        GpuCommand.Create(console),
    };

    // width: the columns to lay tables out in; null: the terminal's (200 when redirected).
    public static int Run(string[] args, TextWriter output, TextWriter error, bool redirected, int? width = null)
    {
        args = HelpAlias.Rewrite(args);
        using var services = new ServiceCollection()
            .AddSingleton<IClusterConnector, Entente.Cluster.OrleansClusterConnector>()
            .AddEntenteApplication().BuildServiceProvider();
        var console = new CliConsole(output, error, redirected, services, width);
        var root = Root(console);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {ParseMessages.Plain(problem.Message)}");
            }
            error.WriteLine("Run 'entente --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e) when (OutputBroken(e))
        {
            // Standard output or error could not be written (>/dev/full, a closed pipe): not a defect. Say so where possible.
            TryWrite(error, $"error: cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not bad input: say what happened without a stack trace, and how to report it.
            TryWrite(error, $"internal error: {e.GetType().Name}: {e.Message}\nThis is a defect in Entente; please report it with the command and input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    // Writing to a full device or a closed pipe: ENOSPC, EPIPE, EDQUOT and EFBIG, by their messages' HResults on Unix.
    private static bool OutputBroken(IOException e) =>
        e is not FileNotFoundException and not DirectoryNotFoundException
        && (e.HResult is 28 or 32 or 122 or 27 || e.Message.Contains("No space left", StringComparison.Ordinal)
            || e.Message.Contains("Broken pipe", StringComparison.Ordinal));

    private static void TryWrite(TextWriter error, string message)
    {
        try
        {
            error.WriteLine(message);
            error.Flush();
        }
        catch (IOException)
        {
            // The error stream is broken too: the exit code is all that is left to say it.
        }
    }
}
