using Entente.Storage.Tests.Infrastructure;
using Npgsql;

namespace Entente.Cluster.Tests.Infrastructure;

/// <summary>The PostgreSQL server of <see cref="PostgresEnvironment"/> (shared with the run store's tests), as silos take it.</summary>
internal static class PostgresMembership
{
    /// <summary>The server as the postgres:// URL <c>entente silo --membership</c> takes.</summary>
    public static string RequireUrl()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString());
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
