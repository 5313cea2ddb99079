using System.Data.Common;
using System.Text.Json;
using Entente.Models;
using Entente.Storage.Schema;

namespace Entente.Storage;

/// <summary>
/// The run store over any ADO.NET connection: the same tables and queries for SQLite and PostgreSQL, the
/// differences confined to a <see cref="SqlDialect"/>. Holds one open connection for its lifetime.
/// </summary>
internal sealed class SqlRunStore : IRunStore
{
    private readonly DbConnection _connection;

    private SqlRunStore(DbConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Opens the connection and migrates the schema; takes ownership of <paramref name="connection"/>.</summary>
    public static SqlRunStore Open(DbConnection connection, SqlDialect dialect, string location, TimeProvider clock)
    {
        try
        {
            Guard(location, "cannot open the run store", () =>
            {
                connection.Open();
                dialect.Configure(connection);
                Migrator.Apply(connection, dialect, clock, location);
                return 0;
            });
            return new SqlRunStore(connection, location);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public long SaveForecast(RunHeader header, ForecastResult result, string resultJson)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(resultJson);
        return Write(transaction =>
        {
            var id = RunWriter.InsertRun(_connection, transaction, RunKind.Forecast, header, resultJson, null);
            RunWriter.InsertResult(_connection, transaction, id, result);
            return id;
        });
    }

    public long SaveSummary(RunKind kind, RunHeader header, string summaryJson)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(summaryJson);
        return Write(transaction => RunWriter.InsertRun(_connection, transaction, kind, header, null, summaryJson));
    }

    public IReadOnlyList<RunSummary> List() =>
        Guard(Location, "cannot list the runs", () => RunReader.List(_connection));

    public StoredRun? Find(long id) =>
        Guard(Location, $"cannot read run {id}", () => RunReader.Find(_connection, id));

    public bool Delete(long id) => Write(transaction =>
    {
        // Children first, explicitly: cascades are not relied on, as SQLite enforces them only per connection setting.
        foreach (var table in new[] { "positions", "round_statistics", "issue_forecasts" })
        {
            Sql.Execute(_connection, transaction, $"DELETE FROM {table} WHERE run_id = @id", ("@id", id));
        }
        return Sql.Execute(_connection, transaction, "DELETE FROM runs WHERE id = @id", ("@id", id)) > 0;
    });

    public void Dispose() => _connection.Dispose();

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is committed, or none of it.</summary>
    private T Write<T>(Func<DbTransaction, T> work) => Guard(Location, "cannot write to the run store", () =>
    {
        using var transaction = _connection.BeginTransaction();
        var value = work(transaction);
        transaction.Commit();
        return value;
    });

    /// <summary>Turns the database's failures into one-line <see cref="StoreException"/>s that name the store.</summary>
    private static T Guard<T>(string location, string doing, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or FormatException or JsonException or TimeoutException or ArgumentException)
        {
            throw new StoreException($"{location}: {doing}: {OneLine(e.Message)}", e);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
