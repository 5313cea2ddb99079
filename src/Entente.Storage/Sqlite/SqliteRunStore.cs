using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Opens the embedded store: one SQLite file, created with its folder on first use.</summary>
internal static class SqliteRunStore
{
    /// <summary>Opens (creating if needed) the store in the file at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file cannot be created or opened, is not a database, or has a newer schema.</exception>
    public static IRunStore Open(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        string full;
        try
        {
            full = Path.GetFullPath(path);
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new StoreException($"{path}: cannot create the run store's folder: {e.Message}", e);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A command-line process opens the store once; pooling would only keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        return SqlRunStore.Open(connection, SqliteDialect.Instance, full, clock);
    }
}
