using Entente.Simulation.Execution;

namespace Entente.Application;

/// <summary>
/// Connects to a cluster of silos that runs ranges of trials, or of an analysis's pieces, (<c>--cluster HOST:PORT</c>). The application layer
/// knows only the executor contract; the Orleans client that implements it is registered by the front end.
/// </summary>
public interface IClusterConnector
{
    /// <summary>
    /// An executor on the cluster <paramref name="clusterId"/> (its default when null) whose gateway is
    /// <paramref name="address"/> (<c>HOST:PORT</c>), for the job named <paramref name="jobId"/>.
    /// </summary>
    Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation);
}

/// <summary>
/// An executor on a cluster, for one job: the cluster records which ranges of the job are done, so a client that
/// connects again to the same job (re-attaches) gets those ranges back without running them again.
/// </summary>
public interface IClusterExecutor : ITrialRangeExecutor, IPieceRangeExecutor, IAsyncDisposable
{
    /// <summary>How many ranges it usefully runs at once, of trials or of pieces alike.</summary>
    new int Concurrency { get; }

    /// <summary>The job's id on the cluster.</summary>
    string JobId { get; }

    /// <summary>The ranges of the job done so far (before this connection, on a re-attach), by their first trial.</summary>
    Task<long[]> DoneAsync();

    /// <summary>Cancels the job on the cluster: ranges in flight stop and its record is dropped.</summary>
    Task CancelAsync();
}
