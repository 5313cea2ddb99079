using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>Opens the shared store: a PostgreSQL database, given as a URL or an Npgsql connection string.</summary>
internal static class PostgresRunStore
{
    /// <summary>Opens the store; <paramref name="connectionString"/> is a <c>postgres://</c> URL or <c>Host=...;Database=...</c>.</summary>
    /// <exception cref="StoreException">The address is malformed, the server unreachable, the login refused, or the schema newer.</exception>
    public static IRunStore Open(string connectionString, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = PostgresAddress.Parse(connectionString);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        return SqlRunStore.Open(connection, PostgresDialect.Instance, PostgresAddress.Describe(builder), clock);
    }
}
