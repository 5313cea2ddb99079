using Entente.Models;

namespace Entente.Simulation.Execution;

/// <summary>
/// What every runner of ranges does, whatever a range holds (a sweep's trials, an analysis's pieces): the ranges
/// handed out through the <see cref="WorkScheduler"/> with at most <c>workers</c> in flight, a failed range tried
/// again (a range is a pure function of its job, so a retry gives the block the lost run would have), each block
/// passed on as it comes, progress in units done.
/// </summary>
internal static class RangeScheduling
{
    public static Task RunAsync<TBlock>(IReadOnlyList<TrialRange> ranges, int workers, ExecutionSettings settings,
        Func<TrialRange, CancellationToken, Task<TBlock>> run, Func<TBlock, long> size, Action<int, TBlock> take,
        IProgress<long>? progress, CancellationToken cancellation)
    {
        var gate = new object();
        long done = 0;
        return WorkScheduler.RunAsync(ranges.Count, workers, async (i, token) =>
        {
            var block = await WithRetriesAsync(ranges[i], settings, run, size, token).ConfigureAwait(false);
            lock (gate)
            {
                take(i, block);
                done += ranges[i].Count;
                progress?.Report(done);
            }
        }, cancellation);
    }

    private static async Task<TBlock> WithRetriesAsync<TBlock>(TrialRange range, ExecutionSettings settings,
        Func<TrialRange, CancellationToken, Task<TBlock>> run, Func<TBlock, long> size, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var block = await run(range, cancellation).ConfigureAwait(false);
                if (size(block) != range.Count)
                {
                    throw new InvalidOperationException($"the executor returned {size(block)} for a range of {range.Count}");
                }
                return block;
            }
            catch (Exception e) when (attempt < settings.Attempts && !cancellation.IsCancellationRequested && e is not ModelOptionsException)
            {
                if (settings.RetryDelay > TimeSpan.Zero)
                {
                    await Task.Delay(settings.RetryDelay * attempt, cancellation).ConfigureAwait(false);
                }
            }
        }
    }
}

/// <summary>
/// Runs an analysis of pieces through an executor: the pieces cut into ranges of
/// <see cref="ExecutionSettings.RangeSize"/>, handed out and retried as a sweep's trials are, and put back in index
/// order, so the numbers are those of running every piece here in turn.
/// </summary>
public sealed class PieceRunner
{
    private readonly IPieceRangeExecutor _executor;
    private readonly ExecutionSettings _settings;

    /// <summary>A runner over <paramref name="executor"/>.</summary>
    public PieceRunner(IPieceRangeExecutor executor, ExecutionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        _executor = executor;
        _settings = ExecutionSettings.Checked(settings, nameof(settings));
    }

    /// <summary>Every piece's numbers, in index order; <paramref name="progress"/> hears the count of pieces done.</summary>
    public async Task<double[][]> RunAsync(PieceJob job, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var ranges = TrialRange.Cut(job.Count, _settings.RangeSize);
        var pieces = new double[job.Count][];
        await RangeScheduling.RunAsync(ranges, _settings.Workers ?? _executor.Concurrency, _settings,
            (range, token) => _executor.RunAsync(job, range, token), block => block.Pieces.Count,
            (i, block) =>
            {
                for (var k = 0; k < block.Pieces.Count; k++)
                {
                    pieces[ranges[i].Start + k] = block.Pieces[k];
                }
            }, progress, cancellation).ConfigureAwait(false);
        return pieces;
    }
}
