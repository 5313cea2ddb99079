using Npgsql;

namespace Entente.Cluster.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests find a server, as the run store's tests do: <c>ENTENTE_TEST_POSTGRES</c> holds a
/// connection string. Unset, the tests are skipped, unless <c>ENTENTE_REQUIRE_POSTGRES=1</c> says a skipped test would
/// hide a broken setup, and they fail instead.
/// </summary>
internal static class PostgresEnvironment
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("ENTENTE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_POSTGRES") == "1";

    /// <summary>Why the PostgreSQL tests do not run here, or null when they must run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? "PostgreSQL not configured: set ENTENTE_TEST_POSTGRES to a connection string (eng/test.sh does, as root on Debian)"
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException("ENTENTE_REQUIRE_POSTGRES=1 but ENTENTE_TEST_POSTGRES is not set: the PostgreSQL tests cannot run");

    /// <summary>The server as the postgres:// URL <c>entente silo --membership</c> takes.</summary>
    public static string RequireUrl()
    {
        var builder = new NpgsqlConnectionStringBuilder(RequireConnectionString());
        return $"postgres://{Uri.EscapeDataString(builder.Username ?? "")}:{Uri.EscapeDataString(builder.Password ?? "")}@{builder.Host}:{builder.Port}/{Uri.EscapeDataString(builder.Database ?? "")}";
    }
}

/// <summary>A fact that needs the PostgreSQL server of <see cref="PostgresEnvironment"/>: skipped, with its reason, where there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresEnvironment.SkipReason;
    }
}
