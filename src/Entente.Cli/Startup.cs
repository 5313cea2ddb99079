using System.Runtime.CompilerServices;
using Entente.Cli.Output;
using Entente.Domain;
using Entente.Simulation.Forecasting;

namespace Entente.Cli;

/// <summary>
/// What a whole <c>entente</c> process does before its command, to start fast on a machine with more than one core
/// (issue 18, item 17: a forecast of EC cars under 0.2 s). Only the program's entry point calls it; tests that run
/// commands in process do not.
/// </summary>
internal static class Startup
{
    /// <summary>The commands that read a scenario file: YamlDotNet's parser is warmed for them.</summary>
    internal static readonly string[] ReadScenarios =
        ["forecast", "validate", "convert", "sweep", "sensitivity", "compare", "advise", "report", "game", "bench"];

    /// <summary>The largest scenario file start-up looks into; a larger one is warmed for without a look.</summary>
    private const long LookLimit = 1 << 20;

    /// <summary>
    /// Warms YamlDotNet's parser on another core for the commands that read a scenario, unless the scenario is a
    /// file Entente's own reader takes (every bundled example and every file Entente writes), which never needs it.
    /// It changes nothing a command does: it only moves work that would happen anyway off the command's own thread.
    /// </summary>
    public static void Begin(string[] args)
    {
        var scenario = args.Length > 0 && Array.IndexOf(ReadScenarios, args[0]) >= 0;
        var table = PrintsForecastTable(args);
        if (!scenario && !table)
        {
            return;
        }
        // A thread of its own: starting the thread pool cost the command's thread some 6 ms, and a short command may
        // never need the pool.
        new Thread(() =>
        {
            if (scenario && NeedsYamlDotNet(args))
            {
                WarmYamlDotNet();
            }
            if (table)
            {
                WarmForecastTable();
            }
        })
        { IsBackground = true, Name = "entente start-up" }.Start();
    }

    /// <summary>A forecast printed as the table (no other format asked for): the case the table warm-up serves.</summary>
    internal static bool PrintsForecastTable(string[] args) =>
        args.Length > 1 && args[0] == "forecast" && !args.Any(a => a is "-f" or "--format" || a.StartsWith("--format=", StringComparison.Ordinal));

    /// <summary>
    /// A two-actor forecast laid out in a table nobody sees: about half of the methods a short forecast compiles at
    /// start-up are Spectre.Console's layout and the generic collections it instantiates, which ReadyToRun cannot
    /// precompile. Done on another core while the command's own thread builds its parser, reads the scenario and runs
    /// the model, the command finds them compiled. Nothing is written anywhere; a failure here changes nothing.
    /// </summary>
    internal static string WarmForecastTable()
    {
        try
        {
            var scenario = new Scenario
            {
                Name = "warm-up",
                Actors = [new Actor { Id = "a", Name = "a", Capability = 1 }, new Actor { Id = "b", Name = "b", Capability = 2 }],
                Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent }],
                Stances =
                [
                    new Stance { ActorId = "a", IssueId = "x", Position = 20, Salience = 1 },
                    new Stance { ActorId = "b", IssueId = "x", Position = 80, Salience = 0.5 },
                ],
            };
            var run = ForecastRunner.Run(new ForecastRequest { Scenario = scenario });
            using var text = new StringWriter();
            ForecastTable.Write(PlainText.Console(text), run);
            return text.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "";
        }
    }

    // YamlDotNet builds RegexOptions.Compiled patterns in the static constructors of the parser's tag and anchor types:
    // emitting and compiling them takes tens of milliseconds, on the thread that first parses. (A method of its own, so
    // that a process that never needs YamlDotNet does not load it.)
    private static void WarmYamlDotNet()
    {
        RuntimeHelpers.RunClassConstructor(typeof(YamlDotNet.Core.Tokens.TagDirective).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(YamlDotNet.Core.AnchorName).TypeHandle);
    }

    // Looks only at a small regular file named as the command's first argument: a device or a pipe reports no length
    // and is not read here; whatever cannot be read is left to the command to report.
    internal static bool NeedsYamlDotNet(string[] args)
    {
        try
        {
            var file = args.Length > 1 ? new FileInfo(args[1]) : null;
            return file is not { Exists: true, Length: > 0 and <= LookLimit } || !Formats.ScenarioFiles.IsPlainYaml(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return true;
        }
    }
}
