namespace Entente.Simulation.Execution;

/// <summary>
/// Runs one range of trials of a sweep, somewhere: on this machine's thread pool, on a GPU, on an Orleans cluster.
/// Trial t depends only on (seed, t) and blocks merge exactly, so every executor gives the same bits; the
/// contract test suite holds each to that. An executor may be asked for several ranges at once (up to
/// <see cref="Concurrency"/>), and for the same range again after a failure.
/// </summary>
public interface ITrialRangeExecutor
{
    /// <summary>How many ranges it usefully runs at once (the runner keeps that many in flight).</summary>
    int Concurrency { get; }

    /// <summary>Runs <paramref name="range"/> of <paramref name="job"/> and returns its block.</summary>
    Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation);
}
