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

    [Fact]
    public async Task A_file_that_fails_its_integrity_check_is_listed_but_refuses_saves_and_the_check_says_why()
    {
        var (run, source) = Forecasts.Run(model: "eum");
        long rootPage;
        using (var store = Open())
        {
            store.SaveForecast(RunHeader.For(run, source, DateTimeOffset.UnixEpoch), run.Result, "{}");
            store.SaveForecast(RunHeader.For(run, source, DateTimeOffset.UnixEpoch), run.Result, "{}");
        }
        using (var connection = OpenRaw())
        {
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = 'runs_scenario_sha256'";
            rootPage = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        SqliteConnection.ClearAllPools();
        // The index's root page becomes a table page pointing nowhere: the runs' own rows stay readable.
        using (var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write))
        {
            file.Seek((rootPage - 1) * 4096, SeekOrigin.Begin);
            file.Write([0x05, 0, 0, 0, 1, 0x0f, 0xf0, 0, 0x0f, 0xf0, 0x7f, 0x7f, 0x7f]);
        }

        using var damaged = Open();
        var listed = damaged.List();
        var finding = await damaged.QuickCheckAsync();
        var refused = Assert.Throws<StoreException>(() => damaged.SaveForecast(RunHeader.For(run, source, DateTimeOffset.UnixEpoch), run.Result, "{}"));
        var check = await damaged.CheckAsync();

        Assert.Equal(2, listed.Count);
        Assert.NotNull(finding);
        Assert.StartsWith($"{damaged.Location}: cannot save the run: the database fails its integrity check (", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.False(check.Clean);
        Assert.NotEqual("ok", check.Integrity);
        Assert.StartsWith("the database's integrity check failed: ", check.Problems[0]);
        Assert.Equal(2, damaged.List().Count);
    }
}
