using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Storage;

/// <summary>
/// Which run store a command uses: <c>--store</c>, else <c>ENTENTE_STORE</c>, else the SQLite file under the user's
/// data directory; and opening it with a one-line error, exit code 2, when it cannot be used.
/// </summary>
internal static class StoreSelection
{
    public static Option<string?> StoreOption() => new("--store")
    {
        Description = $"Run store: a SQLite file, a postgres://user:pass@host:port/db URL or an Npgsql connection string; "
            + $"default: ${StoreLocation.EnvironmentVariable}, else $XDG_DATA_HOME/entente/runs.db (~/.local/share/entente/runs.db).",
    };

    /// <summary>True when the user chose a store, by option or environment, which turns saving on by default.</summary>
    public static bool IsConfigured(string? store) => store is not null || Environment() is not null;

    /// <summary>The store's value as the user gave it, or the default SQLite path.</summary>
    public static string Resolve(string? store) =>
        store ?? Environment() ?? StoreLocation.DefaultSqlitePath(System.Environment.GetEnvironmentVariable);

    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static IRunStore? Open(CliConsole console, string? store)
    {
        try
        {
            return StoreLocation.Open(Resolve(store), TimeProvider.System);
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    private static string? Environment() =>
        System.Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } value ? value : null;
}
