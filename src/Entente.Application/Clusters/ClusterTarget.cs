using Entente.Simulation.Execution;

namespace Entente.Application;

/// <summary>
/// Where an analysis runs its pieces when not here: a cluster's gateway, its id and the job's id
/// (<c>--cluster HOST:PORT [--cluster-id ID] [--job ID]</c> on <c>sensitivity</c> and <c>backtest</c>).
/// </summary>
public sealed record ClusterTarget
{
    /// <summary>A silo's gateway, <c>HOST:PORT</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The cluster's id (its silos' <c>--cluster-id</c>); the default id when null.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The job's id, to re-attach by name; by default a hash of everything that decides the numbers.</summary>
    public string? Job { get; init; }

    /// <summary>Pieces per range handed to a silo (default 1: a piece is a whole model run or more). Results do not depend on it.</summary>
    public long? RangeSize { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (!ClusterAddress.IsValid(Address))
        {
            problems.Add(RequestProblem.Of("cluster", "must be HOST:PORT"));
        }
        if (RangeSize is < 1)
        {
            problems.Add(RequestProblem.Of("range-size", "must be at least 1"));
        }
        return problems;
    }
}

/// <summary>
/// What every service does to run its work on a cluster: connect (a gateway that does not answer is the user's
/// problem to fix, in words), say so when the job was run before and comes back from the cluster's records, and
/// retry a range lost with its silo once the silo is declared dead.
/// </summary>
internal static class ClusterRuns
{
    // A silo lost mid-run is declared dead within seconds; its ranges are tried again after that, elsewhere.
    private const int Attempts = 8;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The settings of a run on a cluster, in ranges of <paramref name="rangeSize"/>.</summary>
    public static ExecutionSettings Settings(long rangeSize) => new() { RangeSize = rangeSize, Attempts = Attempts, RetryDelay = RetryDelay };

    /// <summary>
    /// The executor of job <paramref name="jobId"/> on the cluster at <paramref name="address"/>; a note in
    /// <paramref name="notes"/> when it re-attached to a job with done ranges.
    /// </summary>
    public static async Task<IClusterExecutor> ConnectAsync(IClusterConnector? cluster, string address, string? clusterId, string jobId, long ranges,
        List<string> notes, CancellationToken cancellation)
    {
        if (cluster is null)
        {
            throw NoClient();
        }
        var executor = await cluster.ConnectAsync(address, clusterId, jobId, cancellation).ConfigureAwait(false);
        try
        {
            // A job run before (the same work, or --job): say so, and how much of it comes back from the cluster's records.
            if ((await executor.DoneAsync().ConfigureAwait(false)).Length is > 0 and var done)
            {
                notes.Add($"re-attached to cluster job '{executor.JobId}': {done} of {ranges} ranges were done already and come from its records");
            }
            return executor;
        }
        catch
        {
            await executor.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Every piece of <paramref name="job"/>, run on the cluster <paramref name="target"/> names, in index order.</summary>
    public static async Task<double[][]> RunPiecesAsync(IClusterConnector? cluster, ClusterTarget target, PieceJob job, List<string> notes,
        IProgress<long>? progress, CancellationToken cancellation)
    {
        var rangeSize = target.RangeSize ?? 1;
        var ranges = (job.Count + rangeSize - 1) / rangeSize;
        await using var executor = await ConnectAsync(cluster, target.Address, target.ClusterId, target.Job ?? ClusterJobs.IdOf(job, rangeSize), ranges, notes, cancellation)
            .ConfigureAwait(false);
        return await new PieceRunner(executor, Settings(rangeSize)).RunAsync(job, progress, cancellation).ConfigureAwait(false);
    }

    /// <summary>The problem of a host with no cluster client.</summary>
    public static RequestException NoClient() =>
        new([RequestProblem.Of("cluster", "this host cannot reach a cluster (no cluster client is registered)")]);
}
