using System.Globalization;
using Entente.Simulation.Execution;

namespace Entente.Cluster;

/// <summary>
/// The range grain: a range of a sweep's trials or of an analysis's pieces. The work runs on the thread pool (<see cref="Task.Run(Action)"/>), not on the grain's
/// scheduler, so a silo runs as many ranges at once as it has cores while its grains stay responsive.
/// </summary>
internal sealed class RangeGrain([PersistentState("range", StorageNames.Jobs)] IPersistentState<RangeState> record) : Grain, IRangeGrain
{
    public async Task<byte[]> RunAsync(JobSpec spec, CancellationToken cancellation)
    {
        if (record.State.Block is { } kept)
        {
            return kept;
        }
        var (job, range) = Parse(this.GetPrimaryKeyString());
        record.State.Block = await Task.Run(() => JobSpecs.Run(job, spec, range, cancellation), cancellation);
        await record.WriteStateAsync();
        // The record is durable; the activation need not stay in memory with its block.
        DeactivateOnIdle();
        return record.State.Block;
    }

    public async Task ForgetAsync()
    {
        await record.ClearStateAsync();
        DeactivateOnIdle();
    }

    private static (string Job, TrialRange Range) Parse(string key)
    {
        var parts = key.Split('/');
        var count = long.Parse(parts[^1], CultureInfo.InvariantCulture);
        var start = long.Parse(parts[^2], CultureInfo.InvariantCulture);
        return (string.Join('/', parts[..^2]), new TrialRange(start, count));
    }
}
