using System.Diagnostics;
using Entente.Gpu;
using Entente.Models.Spatial;
using Entente.Simulation;

namespace Entente.Application.Bench;

/// <summary>
/// One turn of the spatial model at n actors (a generated two-issue negotiation: the state's analysis, the challenges
/// and the bargains), on all cores and with its O(n³) steps on a GPU, for <c>entente bench gpu</c>: the turn the issue's
/// target speaks of (10,000 actors in under 10 s).
/// </summary>
internal static class SpatialTurnBench
{
    /// <summary>Seconds of one turn at <paramref name="actors"/>: on the cores (when <paramref name="onCores"/>) and with the device.</summary>
    public static SpatialTurnRow Measure(GpuDevice device, int actors, bool onCores)
    {
        ArgumentNullException.ThrowIfNull(device);
        var scenario = SweepBench.Generated(actors, 2, seed: (ulong)actors);
        var options = SpatialOptions.Parse([]);
        var space = SpatialScenario.From(scenario);
        double? cores = null;
        if (onCores)
        {
            var clock = Stopwatch.StartNew();
            new SpatialTurn(space.Actors, options, 1, ParallelLoops.Instance).Play(TurnAnalysis.Of(space.Initial, space.Actors, options, ParallelLoops.Instance));
            cores = clock.Elapsed.TotalSeconds;
        }
        var accelerator = new GpuModelAccelerator(device);
        // Untimed: the kernels' compilation, on a small turn.
        var small = SpatialScenario.From(SweepBench.Generated(16, 2, seed: 16));
        new SpatialTurn(small.Actors, options, 1, ParallelLoops.Instance, accelerator).Play(TurnAnalysis.Of(small.Initial, small.Actors, options, ParallelLoops.Instance, accelerator));
        // A turn: the state's analysis (its PCE's coalitions on the device), then the challenges and bargains.
        var timed = Stopwatch.StartNew();
        new SpatialTurn(space.Actors, options, 1, ParallelLoops.Instance, accelerator).Play(TurnAnalysis.Of(space.Initial, space.Actors, options, ParallelLoops.Instance, accelerator));
        return new SpatialTurnRow(actors, cores, timed.Elapsed.TotalSeconds);
    }
}

/// <summary>One spatial turn's timing.</summary>
/// <param name="Actors">Actors.</param>
/// <param name="CoresSeconds">The turn on all cores; null when not timed (too long at this size).</param>
/// <param name="DeviceSeconds">The turn with its O(n³) steps on the device.</param>
public sealed record SpatialTurnRow(int Actors, double? CoresSeconds, double DeviceSeconds);
