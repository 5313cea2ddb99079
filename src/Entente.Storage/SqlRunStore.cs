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
    private readonly TimeProvider _clock;
    private readonly SqlDialect _dialect;

    private SqlRunStore(DbConnection connection, SqlDialect dialect, string location, TimeProvider clock)
    {
        _connection = connection;
        _dialect = dialect;
        _clock = clock;
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
            return new SqlRunStore(connection, dialect, location, clock);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // The synchronous methods run the asynchronous ones to completion on the thread pool: one implementation, and
    // no caller's synchronisation context for their continuations to wait on, so blocking on them cannot deadlock.
    public long SaveForecast(RunHeader header, ForecastResult result, string resultJson) =>
        Wait(() => SaveForecastAsync(header, result, resultJson));

    public long SaveSummary(RunKind kind, RunHeader header, string summaryJson) =>
        Wait(() => SaveSummaryAsync(kind, header, summaryJson));

    public IReadOnlyList<RunSummary> List() => Wait(() => ListAsync());

    public StoredRun? Find(long id) => Wait(() => FindAsync(id));

    public bool Delete(long id) => Wait(() => DeleteAsync(id));

    public Task<long> SaveForecastAsync(RunHeader header, ForecastResult result, string resultJson, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(resultJson);
        RunWriter.CheckSize(Location, resultJson);
        return SaveAsync(async transaction =>
        {
            var id = await RunWriter.InsertRunAsync(_connection, transaction, RunKind.Forecast, header, resultJson, null, cancellation).ConfigureAwait(false);
            await RunWriter.InsertResultAsync(_connection, transaction, id, result, header.Scales, cancellation).ConfigureAwait(false);
            return id;
        }, cancellation);
    }

    public Task<long> SaveSummaryAsync(RunKind kind, RunHeader header, string summaryJson, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(summaryJson);
        RunWriter.CheckSize(Location, summaryJson);
        return SaveAsync(transaction => RunWriter.InsertRunAsync(_connection, transaction, kind, header, null, summaryJson, cancellation), cancellation);
    }

    public Task<IReadOnlyList<RunSummary>> ListAsync(CancellationToken cancellation = default) =>
        GuardAsync(Location, "cannot list the runs", () => RunReader.ListAsync(_connection, cancellation));

    public Task<StoredRun?> FindAsync(long id, CancellationToken cancellation = default) =>
        GuardAsync(Location, $"cannot read run {id}", async () =>
        {
            try
            {
                return await RunReader.FindAsync(_connection, id, cancellation).ConfigureAwait(false);
            }
            catch (DamagedRunException e)
            {
                throw new StoreException($"{Location}: run {id} is damaged: {e.Message} (the other runs can still be read; 'entente runs check' lists every damaged run)", e);
            }
        });

    public Task<string?> QuickCheckAsync(CancellationToken cancellation = default) =>
        _dialect.QuickCheck is { } check
            ? GuardAsync(Location, "cannot check the run store", () => StoreChecker.IntegrityAsync(_connection, check, cancellation))
            : Task.FromResult<string?>(null);

    public Task<StoreCheck> CheckAsync(CancellationToken cancellation = default) =>
        GuardAsync(Location, "cannot check the run store", () => StoreChecker.CheckAsync(_connection, _dialect, Location, cancellation));

    public Task<bool> DeleteAsync(long id, CancellationToken cancellation = default) => WriteAsync(async transaction =>
    {
        // Children first, explicitly: cascades are not relied on, as SQLite enforces them only per connection setting.
        foreach (var table in new[] { "ledger", "positions", "round_statistics", "issue_forecasts" })
        {
            await Sql.ExecuteAsync(_connection, transaction, $"DELETE FROM {table} WHERE run_id = @id", cancellation, ("@id", id)).ConfigureAwait(false);
        }
        return await Sql.ExecuteAsync(_connection, transaction, "DELETE FROM runs WHERE id = @id", cancellation, ("@id", id)).ConfigureAwait(false) > 0;
    }, cancellation);

    public Task<long> SaveTokenAsync(string role, string tokenSha256, string? label, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenSha256);
        return WriteAsync(async transaction => Convert.ToInt64(await Sql.ScalarAsync(_connection, transaction,
            "INSERT INTO api_tokens (role, token_sha256, label, created_at) VALUES (@role, @sha, @label, @created) RETURNING id", cancellation,
            ("@role", role), ("@sha", tokenSha256), ("@label", label), ("@created", Sql.Time(_clock.GetUtcNow()))).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture), cancellation);
    }

    public Task<string?> FindTokenRoleAsync(string tokenSha256, CancellationToken cancellation = default) =>
        GuardAsync(Location, "cannot read the API tokens", async () => await Sql.ScalarAsync(_connection, null,
            "SELECT role FROM api_tokens WHERE token_sha256 = @sha", cancellation, ("@sha", tokenSha256)).ConfigureAwait(false) as string);

    public Task<LedgerChange> SealAsync(long runId, string? note, CancellationToken cancellation = default) =>
        WriteAsync(transaction => LedgerStore.SealAsync(_connection, transaction, runId, note, _clock.GetUtcNow(), cancellation), cancellation);

    public Task<LedgerChange> GradeAsync(long runId, IReadOnlyDictionary<string, double> outcomes, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return WriteAsync(transaction => LedgerStore.GradeAsync(_connection, transaction, runId, outcomes, _clock.GetUtcNow(), cancellation), cancellation);
    }

    public Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CancellationToken cancellation = default) =>
        GuardAsync(Location, "cannot read the forecast ledger", () => LedgerStore.ListAsync(_connection, cancellation));

    public void Dispose() => _connection.Dispose();

    private static T Wait<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();

    /// <summary>
    /// Saves a run through <see cref="WriteAsync{T}"/> after the database's quick integrity check: nothing is written
    /// into a database that fails it, where a write could spread the damage.
    /// </summary>
    private async Task<long> SaveAsync(Func<DbTransaction, Task<long>> work, CancellationToken cancellation)
    {
        if (await QuickCheckAsync(cancellation).ConfigureAwait(false) is { } finding)
        {
            throw new StoreException($"{Location}: cannot save the run: the database fails its integrity check ({finding}); nothing was written (see 'entente runs check')");
        }
        return await WriteAsync(work, cancellation).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is committed, or none of it.</summary>
    private Task<T> WriteAsync<T>(Func<DbTransaction, Task<T>> work, CancellationToken cancellation) =>
        GuardAsync(Location, "cannot write to the run store", async () =>
        {
            await using var transaction = await _connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
            var value = await work(transaction).ConfigureAwait(false);
            // Committed whole, even when cancellation comes now: a run is stored entirely or not at all.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return value;
        });

    /// <summary>As <see cref="Guard{T}"/>, for asynchronous work; cancellation passes through as itself.</summary>
    private static async Task<T> GuardAsync<T>(string location, string doing, Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or FormatException or JsonException or TimeoutException or ArgumentException))
        {
            throw new StoreException($"{location}: {doing}: {OneLine(e.Message)}", e);
        }
    }

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
