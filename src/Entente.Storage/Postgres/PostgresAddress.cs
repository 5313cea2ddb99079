using System.Globalization;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>Reads the two ways users write a PostgreSQL address, and shows one without its password.</summary>
internal static class PostgresAddress
{
    /// <summary>True when <paramref name="value"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (value.Contains('=', StringComparison.Ordinal) && value.Contains("host", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Parses a <c>postgres://user:pass@host:port/db?key=value</c> URL or an Npgsql connection string.</summary>
    /// <exception cref="StoreException">The address is malformed.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            return value.Contains("://", StringComparison.Ordinal) ? FromUrl(value) : new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"{Redact(value)}: not a PostgreSQL URL or connection string: {e.Message}", e);
        }
    }

    /// <summary>The address as shown in messages and listings: never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}");
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string value)
    {
        var url = new Uri(value);
        if (url.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"unknown scheme '{url.Scheme}'; expected postgres://");
        }
        if (url.Host.Length == 0)
        {
            throw new FormatException("the URL names no host; write postgres://user@host/database");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // libpq spells it sslmode; Npgsql accepts the same key names for the settings users put in URLs.
            builder[key] = setting;
        }
        return builder;
    }

    // A connection string that does not parse may still hold a password; show only its shape.
    internal static string Redact(string value) =>
        value.Contains("://", StringComparison.Ordinal) && value.Contains('@', StringComparison.Ordinal)
            ? string.Concat(value.AsSpan(0, value.IndexOf("://", StringComparison.Ordinal) + 3), "…", value.AsSpan(value.LastIndexOf('@')))
            : "the PostgreSQL connection string";
}
