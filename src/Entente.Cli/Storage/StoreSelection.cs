using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Storage;

/// <summary>
/// Which run store a command uses: <c>--store</c>, else <c>ENTENTE_STORE</c>, else the SQLite file under the user's
/// data directory.
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

    private static string? Environment() =>
        System.Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } value ? value : null;
}
