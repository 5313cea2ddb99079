namespace Entente.Application;

/// <summary>What to do with a job on a cluster.</summary>
public enum ClusterJobAction
{
    /// <summary>Say how many of its ranges are done.</summary>
    Show,

    /// <summary>Stop its ranges and drop its records, so that running the sweep again starts afresh.</summary>
    Cancel,
}

/// <summary>A job on a cluster, named by its id (what <c>entente sweep --cluster --job</c> ran).</summary>
public sealed record ClusterJobRequest
{
    /// <summary>A silo's gateway, HOST:PORT.</summary>
    public string? Cluster { get; init; }

    /// <summary>The cluster's id; null for the default.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The job's id.</summary>
    public string? Job { get; init; }

    /// <summary>Show or cancel.</summary>
    public ClusterJobAction Action { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (!ClusterAddress.IsValid(Cluster))
        {
            problems.Add(RequestProblem.Of("cluster", "must be HOST:PORT"));
        }
        if (string.IsNullOrWhiteSpace(Job))
        {
            problems.Add(new RequestProblem("job", "a job id is required"));
        }
        return problems;
    }
}

/// <summary>A job's state as the cluster records it.</summary>
/// <param name="Job">The job's id.</param>
/// <param name="RangesDone">Its ranges done (before a cancel).</param>
/// <param name="Cancelled">Whether it was cancelled (its records dropped).</param>
public sealed record ClusterJobOutcome(string Job, int RangesDone, bool Cancelled);

/// <summary>
/// The jobs of a cluster: how far one has got, and cancelling one. A client that stops (Ctrl+C) leaves its job for
/// re-attaching; cancelling is how a user says the job is not wanted any more.
/// </summary>
public sealed class ClusterJobService(IClusterConnector? cluster = null)
{
    /// <summary>Shows or cancels the job.</summary>
    public async Task<ClusterJobOutcome> RunAsync(ClusterJobRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        if (cluster is null)
        {
            throw ClusterRuns.NoClient();
        }
        await using var executor = await cluster.ConnectAsync(request.Cluster!, request.ClusterId, request.Job!, cancellation).ConfigureAwait(false);
        var done = (await executor.DoneAsync().ConfigureAwait(false)).Length;
        if (request.Action == ClusterJobAction.Cancel)
        {
            await executor.CancelAsync().ConfigureAwait(false);
        }
        return new ClusterJobOutcome(request.Job!, done, request.Action == ClusterJobAction.Cancel);
    }
}
