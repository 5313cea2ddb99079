using Entente.Storage;

namespace Entente.Application;

/// <summary>Lists, shows, compares, exports and deletes saved runs.</summary>
public sealed class RunService(RunStores stores)
{
    /// <summary>Carries out <paramref name="request"/> against its store.</summary>
    /// <exception cref="RequestException">The request is invalid, the store fails, a run is missing, or a summary run is exported as CSV.</exception>
    public async Task<RunsOutcome> RunAsync(RunsRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        using var store = stores.Open(request.Store!);
        try
        {
            switch (request.Action)
            {
                case RunsAction.List:
                    var runs = await store.ListAsync(cancellation).ConfigureAwait(false);
                    // The runs that can be read are listed; a store that fails its integrity check, or a damaged run, is said.
                    List<string> warnings = [.. runs.Where(r => r.Damage is not null).Select(r => $"{store.Location}: run {r.Id} is damaged: {r.Damage} (see 'entente runs check')")];
                    if (await store.QuickCheckAsync(cancellation).ConfigureAwait(false) is { } finding)
                    {
                        warnings.Insert(0, $"{store.Location}: the database fails its integrity check ({finding}); saving is refused until it is repaired (see 'entente runs check')");
                    }
                    return new RunsOutcome { Location = store.Location, Runs = runs, Document = RunDocuments.List(runs), Warnings = warnings };
                case RunsAction.Check:
                    var check = await store.CheckAsync(cancellation).ConfigureAwait(false);
                    return new RunsOutcome { Location = store.Location, Check = check, Document = RunDocuments.Check(check) };
                case RunsAction.Delete:
                    if (!await store.DeleteAsync(request.Id!.Value, cancellation).ConfigureAwait(false))
                    {
                        throw NotFound(request.Id.Value, store);
                    }
                    return new RunsOutcome { Location = store.Location };
                default:
                    var run = await FindAsync(store, request.Id!.Value, cancellation).ConfigureAwait(false);
                    var other = request.Action == RunsAction.Diff ? await FindAsync(store, request.OtherId!.Value, cancellation).ConfigureAwait(false) : null;
                    return new RunsOutcome { Location = store.Location, Run = run, Other = other, Document = Document(request, run) };
            }
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
    }

    private static string? Document(RunsRequest request, StoredRun run)
    {
        if (request.Action == RunsAction.Export && request.Format == "csv")
        {
            if (run.Issues.Count == 0)
            {
                throw new RequestException("format", $"run {run.Id} is a {run.Kind.Name()} with no positions to export as CSV; use --format json");
            }
            return RunDocuments.Csv(run);
        }
        return request.Action is RunsAction.Show or RunsAction.Export ? RunDocuments.Full(run) : null;
    }

    private static async Task<StoredRun> FindAsync(IRunStore store, long id, CancellationToken cancellation) =>
        await store.FindAsync(id, cancellation).ConfigureAwait(false) ?? throw NotFound(id, store);

    private static RequestException NotFound(long id, IRunStore store) =>
        new("id", $"no run {id} in the run store {store.Location} (see 'entente runs list')");
}
