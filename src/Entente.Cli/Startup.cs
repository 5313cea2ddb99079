using System.Runtime.CompilerServices;

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
        if (args.Length > 0 && ReadScenarios.Contains(args[0]))
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                if (NeedsYamlDotNet(args))
                {
                    WarmYamlDotNet();
                }
            }, null);
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
