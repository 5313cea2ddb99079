using System.CommandLine;
using Entente.Application;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command line: builds the commands and runs one, mapping failures to exit codes.</summary>
internal static class EntenteApp
{
    private const string Description = "Entente: models and forecasts multilateral negotiations.";

    /// <summary>Every command by name, in the order help lists them.</summary>
    internal static readonly (string Name, Func<CliConsole, Command> Create)[] Commands =
    [
        ("forecast", ForecastCommand.Create),
        ("compare", CompareCommand.Create),
        ("advise", AdviseCommand.Create),
        ("validate", ValidateCommand.Create),
        ("convert", ConvertCommand.Create),
        ("models", ModelsCommand.Create),
        ("sweep", SweepCommand.Create),
        ("sensitivity", SensitivityCommand.Create),
        ("report", ReportCommand.Create),
        ("bench", BenchCommand.Create),
        ("backtest", BacktestCommand.Create),
        ("runs", RunsCommand.Create),
        ("ledger", LedgerCommand.Create),
        ("game", GameCommand.Create),
        ("serve", ServeCommand.Create),
        ("tokens", TokensCommand.Create),
        ("init", InitCommand.Create),
        ("examples", ExamplesCommand.Create),
        ("silo", SiloCommand.Create),
        ("jobs", JobsCommand.Create),
        ("gpu", GpuCommand.Create),
    ];

    /// <summary>Every command, as the parser sees them (the tests read the option letters from here).</summary>
    public static RootCommand Root(CliConsole console)
    {
        var root = new RootCommand(Description);
        foreach (var (_, create) in Commands)
        {
            root.Add(create(console));
        }
        return root;
    }

    /// <summary>
    /// The parser for <paramref name="args"/>: when they start with a command's name, a root holding that command alone.
    /// Building all the commands and their options took some 10 ms of a short forecast's start-up (issue 18, item 17); what
    /// parses and runs is the same, and anything else (help, a misspelt command) gets the whole tree.
    /// </summary>
    internal static RootCommand For(string[] args, CliConsole console)
    {
        if (args.Length > 0)
        {
            foreach (var (name, create) in Commands)
            {
                if (name == args[0])
                {
                    return new RootCommand(Description) { create(console) };
                }
            }
        }
        return Root(console);
    }

    // width: the columns to lay tables out in; null: the terminal's (200 when redirected).
    public static int Run(string[] args, TextWriter output, TextWriter error, bool redirected, int? width = null)
    {
        args = HelpAlias.Rewrite(args);
        // A factory, so that a command that never reaches a cluster does not load the cluster's assemblies.
        var services = new CliServices(TimeProvider.System, () => new Entente.Cluster.OrleansClusterConnector());
        var console = new CliConsole(output, error, redirected, services, width);
        var root = For(args, console);

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
