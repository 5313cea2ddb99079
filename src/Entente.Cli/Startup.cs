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

    /// <summary>
    /// Warms the YAML reader on another core for the commands that read a scenario. It changes nothing a command does:
    /// it only moves work that would happen anyway off the command's own thread.
    /// </summary>
    public static void Begin(string[] args)
    {
        if (args.Length > 0 && ReadScenarios.Contains(args[0]))
        {
            // YamlDotNet builds RegexOptions.Compiled patterns in the static constructors of the parser's tag and
            // anchor types: emitting and compiling them takes tens of milliseconds, on the thread that first parses.
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                RuntimeHelpers.RunClassConstructor(typeof(YamlDotNet.Core.Tokens.TagDirective).TypeHandle);
                RuntimeHelpers.RunClassConstructor(typeof(YamlDotNet.Core.AnchorName).TypeHandle);
            }, null);
        }
    }
}
