using Npgsql;

namespace Entente.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL schema of its own for a test, on the server named by <c>ENTENTE_TEST_POSTGRES</c> (eng/test.sh sets
/// it, as root on Debian). Unset, the PostgreSQL tests are skipped, unless <c>ENTENTE_REQUIRE_POSTGRES=1</c> says a
/// skip would hide a broken setup: then they fail. As in the run store's own tests.
/// </summary>
internal sealed class Postgres : IDisposable
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("ENTENTE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static string? SkipReason => ConnectionString is null && Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_POSTGRES") != "1"
        ? "PostgreSQL not configured: set ENTENTE_TEST_POSTGRES to a connection string (eng/test.sh does, as root on Debian)"
        : null;

    private readonly string _admin;
    private readonly string _schema = "entente_web_test_" + Guid.NewGuid().ToString("N");

    public Postgres()
    {
        _admin = ConnectionString ?? throw new InvalidOperationException("ENTENTE_REQUIRE_POSTGRES=1 but ENTENTE_TEST_POSTGRES is not set");
        Execute($"CREATE SCHEMA {_schema}");
        Store = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema, Pooling = false }.ConnectionString;
    }

    /// <summary>The store location: a connection string whose search path is the test's schema.</summary>
    public string Store { get; }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
}

/// <summary>A fact that needs PostgreSQL (see <see cref="Postgres"/>).</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = Postgres.SkipReason;
    }
}
