using Orleans.Concurrency;
using Orleans.Placement;

namespace Entente.Cluster;

/// <summary>
/// The job grain. Reentrant, so many ranges are in flight at once; writes to its record are taken one at a time
/// (each write carries the previous one's etag). It lives on the silo whose gateway the client called: calls
/// between silos fail as soon as the callee's silo is declared dead, so a lost range silo costs seconds, and a lost
/// gateway breaks the client's connection at once; a job grain on a third silo would leave the client waiting for
/// its response timeout.
/// </summary>
[Reentrant]
[PreferLocalPlacement]
internal sealed class JobGrain([PersistentState("job", StorageNames.Jobs)] IPersistentState<JobState> record) : Grain, IJobGrain
{
    private readonly SemaphoreSlim _writing = new(1, 1);

    public async Task OpenAsync(JobSpec spec)
    {
        if (record.State.Spec is { } known)
        {
            if (!known.SameSweep(spec))
            {
                throw new InvalidOperationException($"job '{this.GetPrimaryKeyString()}' is another sweep; choose another job id");
            }
            return;
        }
        await WriteAsync(state => state.Spec = spec);
    }

    public async Task<byte[]> RunRangeAsync(JobSpec spec, long start, long count, CancellationToken cancellation)
    {
        await OpenAsync(spec);
        var range = GrainFactory.GetGrain<IRangeGrain>(RangeKey(this.GetPrimaryKeyString(), start, count));
        var block = await range.RunAsync(spec, cancellation);
        if (!record.State.Done.ContainsKey(start))
        {
            await WriteAsync(state => state.Done[start] = count);
        }
        return block;
    }

    public Task<long[]> DoneAsync() => Task.FromResult(record.State.Done.Keys.Order().ToArray());

    public async Task ForgetAsync()
    {
        await Task.WhenAll(record.State.Done.Select(done =>
            GrainFactory.GetGrain<IRangeGrain>(RangeKey(this.GetPrimaryKeyString(), done.Key, done.Value)).ForgetAsync()));
        await _writing.WaitAsync();
        try
        {
            await record.ClearStateAsync();
            record.State = new JobState();
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>The key of the range grain of trials <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1.</summary>
    public static string RangeKey(string job, long start, long count) =>
        FormattableString.Invariant($"{job}/{start}/{count}");

    private async Task WriteAsync(Action<JobState> change)
    {
        await _writing.WaitAsync();
        try
        {
            change(record.State);
            await record.WriteStateAsync();
        }
        finally
        {
            _writing.Release();
        }
    }
}
