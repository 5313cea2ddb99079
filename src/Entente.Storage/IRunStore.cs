using Entente.Models;

namespace Entente.Storage;

/// <summary>
/// Keeps runs so analysts can list, compare and share them. Every save is one transaction: a run is stored
/// whole or not at all, even when the process is killed mid-write. Every failure of the store itself
/// (unreachable, corrupt, newer schema) is a <see cref="StoreException"/>. Not thread-safe: one instance per thread,
/// and one operation at a time (await each asynchronous call before the next). Cancelling an asynchronous
/// save rolls it back whole.
/// </summary>
public interface IRunStore : IDisposable
{
    /// <summary>The store as shown to the user: a file path, or a PostgreSQL address without the password.</summary>
    string Location { get; }

    /// <summary>Saves a forecast: header, per-issue forecasts, every round's positions, and the full result document.</summary>
    /// <returns>The new run's id.</returns>
    long SaveForecast(RunHeader header, ForecastResult result, string resultJson);

    /// <summary>Saves a run whose result is one summary document (a sweep, compare or backtest).</summary>
    /// <returns>The new run's id.</returns>
    long SaveSummary(RunKind kind, RunHeader header, string summaryJson);

    /// <summary>Every run, oldest first.</summary>
    IReadOnlyList<RunSummary> List();

    /// <summary>The run with <paramref name="id"/>, or null when there is none.</summary>
    StoredRun? Find(long id);

    /// <summary>Deletes the run with <paramref name="id"/> and all its rows; false when there was none.</summary>
    bool Delete(long id);

    /// <summary>Saves a forecast, as <see cref="SaveForecast"/>, without blocking the caller's thread on the database.</summary>
    /// <returns>The new run's id.</returns>
    Task<long> SaveForecastAsync(RunHeader header, ForecastResult result, string resultJson, CancellationToken cancellation = default);

    /// <summary>Saves a summary run, as <see cref="SaveSummary"/>, asynchronously.</summary>
    /// <returns>The new run's id.</returns>
    Task<long> SaveSummaryAsync(RunKind kind, RunHeader header, string summaryJson, CancellationToken cancellation = default);

    /// <summary>Every run, oldest first, as <see cref="List"/>, asynchronously.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(CancellationToken cancellation = default);

    /// <summary>The run with <paramref name="id"/>, or null, as <see cref="Find"/>, asynchronously.</summary>
    Task<StoredRun?> FindAsync(long id, CancellationToken cancellation = default);

    /// <summary>
    /// Checks the store: the database's own integrity check where it has one (SQLite), the schema's tables and columns,
    /// rows that belong to no run, and every run read whole with its document validated; damaged runs are named, not thrown.
    /// </summary>
    Task<StoreCheck> CheckAsync(CancellationToken cancellation = default);

    /// <summary>
    /// The database's quick integrity check (SQLite's <c>quick_check</c>, about 2 ms per MB; saving runs it first):
    /// null when sound or when the database has none, else what it found, on one line.
    /// </summary>
    Task<string?> QuickCheckAsync(CancellationToken cancellation = default);

    /// <summary>Deletes a run, as <see cref="Delete"/>, asynchronously; false when there was none.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellation = default);

    /// <summary>
    /// Records an API token of the web app by the SHA-256 hash of its text (the text itself is never stored) with
    /// its role (<c>reader</c>, <c>analyst</c>, <c>admin</c>); returns its id.
    /// </summary>
    Task<long> SaveTokenAsync(string role, string tokenSha256, string? label, CancellationToken cancellation = default);

    /// <summary>The role of the token whose SHA-256 hash is <paramref name="tokenSha256"/>; null when there is none.</summary>
    Task<string?> FindTokenRoleAsync(string tokenSha256, CancellationToken cancellation = default);

    /// <summary>
    /// Seals run <paramref name="runId"/> in the forecast ledger: the SHA-256 of its inputs and of its output document,
    /// its code version and the store's current time; a run is sealed once.
    /// </summary>
    Task<LedgerChange> SealAsync(long runId, string? note, CancellationToken cancellation = default);

    /// <summary>Records the outcomes of sealed run <paramref name="runId"/>, once.</summary>
    Task<LedgerChange> GradeAsync(long runId, IReadOnlyDictionary<string, double> outcomes, CancellationToken cancellation = default);

    /// <summary>Every ledger entry, in run order.</summary>
    Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CancellationToken cancellation = default);
}
