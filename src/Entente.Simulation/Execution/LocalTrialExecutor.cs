namespace Entente.Simulation.Execution;

/// <summary>Runs ranges (of a sweep's trials or of an analysis's pieces) on this machine's thread pool, <see cref="Concurrency"/> at a time (by default one per core).</summary>
public sealed class LocalTrialExecutor : ITrialRangeExecutor, IPieceRangeExecutor
{
    /// <summary>An executor for <paramref name="workers"/> ranges at once (the core count when null).</summary>
    public LocalTrialExecutor(int? workers = null)
    {
        if (workers is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(workers));
        }
        Concurrency = workers ?? Environment.ProcessorCount;
    }

    /// <inheritdoc />
    public int Concurrency { get; }

    /// <inheritdoc />
    public Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation) =>
        Task.Run(() => TrialRangeWork.Run(job, range, cancellation), cancellation);

    /// <inheritdoc />
    public Task<PieceBlock> RunAsync(PieceJob job, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Task.Run(() => PieceBlock.Run(job.Work, range, cancellation), cancellation);
    }
}
