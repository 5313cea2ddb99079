namespace Entente.Simulation.Execution;

/// <summary>
/// The one scheduler of independent pieces of work: <c>workers</c> loops each take the next piece until none is
/// left, so at most that many are in flight. The first failure cancels the rest and is what the caller sees.
/// Sweeps' ranges, sensitivity's runs, comparisons' variants and cross-validation's candidates all go through it;
/// nothing else in the engine starts parallel loops of its own.
/// </summary>
internal static class WorkScheduler
{
    /// <summary>Runs <paramref name="piece"/> for 0 ≤ i &lt; <paramref name="count"/>, <paramref name="workers"/> at a time.</summary>
    public static async Task RunAsync(int count, int workers, Func<int, CancellationToken, Task> piece, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        cancellation.ThrowIfCancellationRequested();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var next = -1;
        async Task Worker()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    await piece(i, stop.Token).ConfigureAwait(false);
                }
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }
        var loops = Enumerable.Range(0, Math.Min(workers, Math.Max(count, 1))).Select(_ => Task.Run(Worker, CancellationToken.None)).ToArray();
        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch
        {
            // The first real failure, not the cancellations it caused in the other loops.
            var failure = loops.Where(l => l.IsFaulted).SelectMany(l => l.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            cancellation.ThrowIfCancellationRequested();
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/> on the thread pool, <paramref name="workers"/>
    /// at a time (one per core when null), and waits: for the engine's synchronous analyses (sensitivity,
    /// cross-validation) whose pieces write only their own slots.
    /// </summary>
    public static void ForEach(int count, Action<int> body, int? workers = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        RunAsync(count, workers ?? Environment.ProcessorCount, (i, token) => Task.Run(() => body(i), token), cancellation)
            .GetAwaiter().GetResult();
    }
}
