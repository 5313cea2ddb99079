using Entente.Storage.Postgres;
using Entente.Storage.Sqlite;

namespace Entente.Storage;

/// <summary>
/// Where runs live: the value of <c>--store</c> or <c>ENTENTE_STORE</c> (a SQLite path, a <c>postgres://</c> URL or an
/// Npgsql connection string), else the SQLite file under the user's data directory.
/// </summary>
public static class StoreLocation
{
    /// <summary>The environment variable that configures the store for every command.</summary>
    public const string EnvironmentVariable = "ENTENTE_STORE";

    /// <summary>
    /// The embedded default, following the XDG base directory rules: <c>$XDG_DATA_HOME/entente/runs.db</c>, else
    /// <c>~/.local/share/entente/runs.db</c>.
    /// </summary>
    public static string DefaultSqlitePath(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var data = environment("XDG_DATA_HOME");
        // The XDG rules say a relative value is invalid and must be ignored.
        if (string.IsNullOrWhiteSpace(data) || !Path.IsPathRooted(data))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            }
            data = Path.Combine(home, ".local", "share");
        }
        return Path.Combine(data, "entente", "runs.db");
    }

    /// <summary>Opens the store that <paramref name="value"/> names.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the message names it.</exception>
    public static IRunStore Open(string value, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StoreException("the run store is empty: give a SQLite file path or a postgres://user@host/database URL");
        }
        if (PostgresAddress.IsPostgres(value))
        {
            return PostgresRunStore.Open(value, clock);
        }
        // A misspelt scheme (postgress://, mysql://) must not become a SQLite file whose folders hold the password.
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && value[..scheme].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            throw new StoreException($"{PostgresAddress.Redact(value)}: unknown run store scheme '{value[..scheme]}://'; "
                + "a run store is a SQLite file path or a postgres://user@host/database URL");
        }
        return SqliteRunStore.Open(value, clock);
    }
}
