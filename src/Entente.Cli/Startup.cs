using System.Runtime;
using System.Runtime.CompilerServices;

namespace Entente.Cli;

/// <summary>
/// What a whole <c>entente</c> process does before its command, to start fast on a machine with more than one core
/// (issue 18, item 17: a forecast of EC cars under 0.2 s). Only the program's entry point calls it; tests that run
/// commands in process do not.
/// </summary>
internal static class Startup
{
    // The commands that read a scenario file: YamlDotNet's parser is warmed for them.
    private static readonly string[] ReadScenarios =
        ["forecast", "validate", "convert", "sweep", "sensitivity", "compare", "advise", "report", "game", "bench"];

    /// <summary>
    /// Starts multi-core JIT with a profile per command, and warms the YAML reader on another core. Neither changes
    /// what a command does: both only move work that would happen anyway off the command's own thread.
    /// </summary>
    public static void Begin(string[] args)
    {
        var command = args.Length > 0 && EntenteApp.Commands.Any(c => c.Name == args[0]) ? args[0] : "entente";
        StartJitProfile(command);
        if (ReadScenarios.Contains(command))
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

    // The runtime records which methods a command's start-up compiles, in the user's cache folder, and the next run
    // of that command compiles them on a background thread before they are needed (ProfileOptimization). Where there
    // is no such folder, or it cannot be made, the process starts as it would without.
    private static void StartJitProfile(string command)
    {
        if (ProfileFolder(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is not { } folder)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        // A profile per build: a new version starts its own rather than replaying the old one's methods.
        var version = typeof(Startup).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
        ProfileOptimization.StartProfile($"{command}-{version}.jitprofile");
    }

    /// <summary>
    /// Where the start-up profiles go: <c>$XDG_CACHE_HOME/entente/jit</c>, else <c>~/.cache/entente/jit</c>; null when
    /// neither names an absolute folder (never a folder relative to wherever the command was run).
    /// </summary>
    internal static string? ProfileFolder(string? xdgCacheHome, string? home)
    {
        if (xdgCacheHome is { Length: > 0 } && Path.IsPathFullyQualified(xdgCacheHome))
        {
            return Path.Combine(xdgCacheHome, "entente", "jit");
        }
        return home is { Length: > 0 } && Path.IsPathFullyQualified(home) ? Path.Combine(home, ".cache", "entente", "jit") : null;
    }
}
