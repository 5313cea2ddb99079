using Entente.Application;
using Entente.Simulation.Execution;

namespace Entente.Cluster;

/// <summary>
/// The executor contract on an Orleans cluster, for a sweep's trials and an analysis's pieces alike: each range goes to the job's grain, which runs it on a range grain
/// somewhere in the cluster, records it as done and sends its block back. Opening the same job id again
/// re-attaches: done ranges come back from the record without running.
/// </summary>
internal sealed class ClusterTrialExecutor(IClusterClient client, string jobId, int concurrency, IAsyncDisposable? connection = null) : IClusterExecutor
{
    private (TrialJob Job, JobSpec Spec)? _spec;
    private (PieceJob Job, JobSpec Spec)? _pieceSpec;

    public string JobId => jobId;

    public int Concurrency => concurrency;

    public async Task<PieceBlock> RunAsync(PieceJob job, TrialRange range, CancellationToken cancellation)
    {
        var grain = client.GetGrain<IJobGrain>(jobId);
        var bytes = await grain.RunRangeAsync(PieceSpecOf(job), range.Start, range.Count, cancellation).ConfigureAwait(false);
        return PieceBlock.FromBytes(bytes);
    }

    public async Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        var grain = client.GetGrain<IJobGrain>(jobId);
        var bytes = await grain.RunRangeAsync(SpecOf(job), range.Start, range.Count, cancellation).ConfigureAwait(false);
        return TrialBlock.FromBytes(bytes);
    }

    /// <summary>The first trials of the ranges the cluster has done for this job.</summary>
    public Task<long[]> DoneAsync() => client.GetGrain<IJobGrain>(jobId).DoneAsync();

    public Task CancelAsync() => client.GetGrain<IJobGrain>(jobId).ForgetAsync();

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    // The spec of the job, built once: every range of it carries the same one.
    private JobSpec SpecOf(TrialJob job) => Once(ref _spec, job, JobSpecs.Of);

    private JobSpec PieceSpecOf(PieceJob job) => Once(ref _pieceSpec, job, JobSpecs.Of);

    private static JobSpec Once<TJob>(ref (TJob Job, JobSpec Spec)? cache, TJob job, Func<TJob, JobSpec> of) where TJob : class
    {
        var known = cache;
        if (known is { } k && ReferenceEquals(k.Job, job))
        {
            return k.Spec;
        }
        var spec = of(job);
        cache = (job, spec);
        return spec;
    }
}
