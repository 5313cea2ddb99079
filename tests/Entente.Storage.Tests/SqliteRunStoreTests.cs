using System.Data.Common;
using Entente.Storage.Sqlite;
using Entente.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>The store contract on a SQLite file of the test's own, plus what only SQLite does.</summary>
public sealed class SqliteRunStoreTests : RunStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "nested", "runs.db");

    private protected override IRunStore Open() => SqliteRunStore.Open(DatabasePath, Clock);

    private protected override DbConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public override void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_store_file_and_its_folder_are_created_in_write_ahead_log_mode()
    {
        Open().Dispose();

        Assert.True(File.Exists(DatabasePath));
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_one_line_message_naming_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        File.WriteAllText(DatabasePath, "this is not a SQLite database, just text that someone saved over it\n" + new string('x', 4096));

        var refused = Assert.Throws<StoreException>(Open);

        Assert.StartsWith(DatabasePath + ": ", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void The_location_is_the_full_path_of_the_file()
    {
        using var store = Open();

        Assert.Equal(Path.GetFullPath(DatabasePath), store.Location);
    }
}
