using Entente.Application;

namespace Entente.Web;

/// <summary>The state of a sweep job, as clients see it.</summary>
internal enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// One sweep running in the background: its status and progress (written by the worker, read by polling and event
/// streams), its result document once done, and the means to cancel it.
/// </summary>
internal sealed class SweepJob(string id, long total) : IProgress<RunProgress>
{
    private long _done;
    private volatile JobStatus _status = JobStatus.Queued;

    public string Id { get; } = id;

    public long Total { get; } = total;

    public long Done => Interlocked.Read(ref _done);

    public JobStatus Status => _status;

    public bool Finished => _status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>The sweep document, once succeeded.</summary>
    public string? Json { get; private set; }

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public SavedRun? Saved { get; private set; }

    /// <summary>Why it failed.</summary>
    public IReadOnlyList<ProblemEntry> Errors { get; private set; } = [];

    /// <summary>Reported on the sweep's worker threads: trials done.</summary>
    public void Report(RunProgress value) => Interlocked.Exchange(ref _done, value.Done);

    public void Running() => _status = JobStatus.Running;

    public void Succeeded(SweepOutcome outcome)
    {
        Json = outcome.Json;
        Warnings = outcome.Warnings;
        Saved = outcome.Saved;
        Interlocked.Exchange(ref _done, Total);
        _status = JobStatus.Succeeded;
    }

    public void Failed(IReadOnlyList<ProblemEntry> errors)
    {
        Errors = errors;
        _status = JobStatus.Failed;
    }

    public void Cancelled() => _status = JobStatus.Cancelled;

    /// <summary>What GET /api/sweeps/{id} answers.</summary>
    public object Snapshot() => new
    {
        id = Id,
        status = Status,
        done = Done,
        total = Total,
        result = Status == JobStatus.Succeeded ? $"/api/sweeps/{Id}/result" : null,
        runId = Saved?.Id,
        warnings = Warnings.Count > 0 ? Warnings : null,
        errors = Errors.Count > 0 ? Errors : null,
    };
}
