using Npgsql;

namespace Entente.Cluster;

/// <summary>A PostgreSQL URL (<c>postgres://user:password@host:port/database</c>) as an Npgsql connection string.</summary>
internal static class PostgresUrl
{
    /// <summary>The most connections one silo keeps to PostgreSQL (membership and records together).</summary>
    public const int MaxConnectionsPerSilo = 12;

    /// <summary>The connection string, or null when <paramref name="url"/> is not a postgres:// or postgresql:// URL with a database.</summary>
    public static string? ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql")
            || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Trim('/').Length == 0)
        {
            return null;
        }
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
            // A silo's range grains write their records at once; Npgsql's default pool (100) lets one silo take every
            // connection PostgreSQL allows (100 by default) and refuse the others. A small pool queues the writes.
            MaxPoolSize = MaxConnectionsPerSilo,
        };
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }
        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }
        return builder.ConnectionString;
    }
}
