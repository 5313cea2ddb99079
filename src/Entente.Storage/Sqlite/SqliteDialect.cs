using System.Data.Common;
using Entente.Storage.Schema;

namespace Entente.Storage.Sqlite;

/// <summary>SQLite: write-ahead logging so readers never wait on, or see the inside of, a run being written.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    protected override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override string BigIntColumn => "INTEGER";

    protected override string FloatColumn => "REAL";

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already locks out other writers.
    public override string? MigrationLock => null;

    public override string? IntegrityCheck => "PRAGMA integrity_check";

    // About 2 ms per MB of store: checks every page's structure, not that indexes match their tables.
    public override string? QuickCheck => "PRAGMA quick_check";

    public override void Configure(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // The first statement to touch the file: on a file that is not a database it fails here, at open.
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
