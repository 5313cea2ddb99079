using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// The forecast ledger: seals saved forecasts (hashes of inputs and output, code version, time), records their
/// outcomes once, and reports the record of graded forecasts.
/// </summary>
public sealed class LedgerService(RunStores stores)
{
    /// <summary>Carries out <paramref name="request"/> against its store.</summary>
    /// <exception cref="RequestException">
    /// The request is invalid, the store fails, the run is missing, a seal or a grade would be repeated, a grade
    /// names an issue the forecast has not, or the calibration file cannot be read.
    /// </exception>
    public async Task<LedgerOutcome> RunAsync(LedgerRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var calibrations = request.Calibration is { } file ? CalibrationFiles.Load(file) : null;
        using var store = stores.Open(request.Store!);
        try
        {
            switch (request.Action)
            {
                case LedgerAction.Seal:
                    Check(await store.SealAsync(request.RunId!.Value, request.Note, cancellation).ConfigureAwait(false), request.RunId.Value, store);
                    return new LedgerOutcome { Location = store.Location, Entry = await EntryAsync(store, request.RunId.Value, cancellation).ConfigureAwait(false) };
                case LedgerAction.Grade:
                    var id = request.RunId!.Value;
                    var run = await store.FindAsync(id, cancellation).ConfigureAwait(false) ?? throw Refused(LedgerChange.NoSuchRun, id, store);
                    var unknown = request.ParsedOutcomes.Keys.Where(k => !LedgerScores.IsEvent(k) && run.Issues.All(i => i.IssueId != k)).ToArray();
                    if (unknown.Length > 0)
                    {
                        throw new RequestException("outcome", $"run {id} has no issue {string.Join(", ", unknown.Select(u => $"'{u}'"))} "
                            + $"(its issues: {string.Join(", ", run.Issues.Select(i => i.IssueId))}; events: agreement, escalation)");
                    }
                    Check(await store.GradeAsync(id, request.ParsedOutcomes, cancellation).ConfigureAwait(false), id, store);
                    return new LedgerOutcome { Location = store.Location, Entry = await EntryAsync(store, id, cancellation).ConfigureAwait(false) };
                default:
                    var entries = await store.LedgerAsync(cancellation).ConfigureAwait(false);
                    var runs = new Dictionary<long, StoredRun>();
                    foreach (var entry in entries.Where(e => e.GradedAt is not null))
                    {
                        if (await store.FindAsync(entry.RunId, cancellation).ConfigureAwait(false) is { } graded)
                        {
                            runs[entry.RunId] = graded;
                        }
                    }
                    return new LedgerOutcome { Location = store.Location, Report = LedgerScores.Score(entries, runs, calibrations) };
            }
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
    }

    private static async Task<LedgerEntry> EntryAsync(IRunStore store, long id, CancellationToken cancellation) =>
        (await store.LedgerAsync(cancellation).ConfigureAwait(false)).Single(e => e.RunId == id);

    private static void Check(LedgerChange change, long id, IRunStore store)
    {
        if (change != LedgerChange.Done)
        {
            throw Refused(change, id, store);
        }
    }

    private static RequestException Refused(LedgerChange change, long id, IRunStore store) => new("run", change switch
    {
        LedgerChange.NoSuchRun => $"{store.Location} has no run {id} (see 'entente runs list')",
        LedgerChange.AlreadySealed => $"run {id} is sealed already; a seal is never replaced",
        LedgerChange.NotSealed => $"run {id} is not sealed; seal it first ('entente ledger seal {id}'), before its outcomes are known",
        _ => $"run {id} is graded already; its outcomes are recorded once",
    });
}

/// <summary>What a ledger command did.</summary>
public sealed record LedgerOutcome
{
    /// <summary>The store, as shown to users.</summary>
    public required string Location { get; init; }

    /// <summary>The entry sealed or graded.</summary>
    public LedgerEntry? Entry { get; init; }

    /// <summary>The report, for <see cref="LedgerAction.Report"/>.</summary>
    public LedgerReport? Report { get; init; }
}
