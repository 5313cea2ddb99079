using Entente.Gpu.Kernels;
using Entente.Models.Spatial;
using ILGPU;
using ILGPU.Runtime;

namespace Entente.Gpu;

/// <summary>
/// The spatial turn's other O(n³) steps on a device: the coalition strengths of a PCE over many options (the turn's
/// analysis and its prevailing positions) and every actor's utility of the state after each bargain.
/// </summary>
internal sealed class TurnSteps
{
    private readonly Accelerator _accelerator;
    private readonly Action<AcceleratorStream, Index1D, long, int, int, VotingRule, ArrayView<double>, ArrayView<double>, ArrayView<double>> _coalitions;
    private readonly Action<AcceleratorStream, Index1D, long, int, int, ArrayView<double>, ArrayView<double>, ArrayView<int>, ArrayView<int>, ArrayView<double>> _after;

    public TurnSteps(GpuDevice device)
    {
        _accelerator = device.Accelerator;
        _coalitions = StrictPtx.Load<Action<AcceleratorStream, Index1D, long, int, int, VotingRule, ArrayView<double>, ArrayView<double>, ArrayView<double>>>(
            _accelerator, typeof(CoalitionKernel).GetMethod(nameof(CoalitionKernel.Run))!, out _);
        _after = StrictPtx.Load<Action<AcceleratorStream, Index1D, long, int, int, ArrayView<double>, ArrayView<double>, ArrayView<int>, ArrayView<int>, ArrayView<double>>>(
            _accelerator, typeof(AfterKernel).GetMethod(nameof(AfterKernel.Run))!, out _);
    }

    /// <summary>C[i·m + j] over <paramref name="options"/> options; <paramref name="utilities"/>[o·voters + k] is voter k's utility of option o.</summary>
    public double[] Coalitions(double[] utilities, double[] weights, int options, VotingRule rule)
    {
        var voters = weights.Length;
        var byVoter = new double[(long)voters * options];
        for (var o = 0; o < options; o++)
        {
            for (var k = 0; k < voters; k++)
            {
                byVoter[(long)k * options + o] = utilities[(long)o * voters + k];
            }
        }
        using var u = _accelerator.Allocate1D(byVoter);
        using var w = _accelerator.Allocate1D(weights);
        using var c = _accelerator.Allocate1D<double>((long)options * options);
        var items = (long)options * options;
        var threads = Threads(items);
        _coalitions(_accelerator.DefaultStream, new Index1D((int)threads), threads, options, voters, rule, u.View, w.View, c.View);
        _accelerator.Synchronize();
        return c.GetAsArray1D();
    }

    /// <summary>Each actor a's utility of the state after bargain b, at [b·n + a].</summary>
    public double[] After(SpatialActors actors, TurnAnalysis analysis, IReadOnlyList<ProposedBargain> bargains)
    {
        var n = analysis.Count;
        var moved = new double[(long)bargains.Count * n];
        var initiators = new int[bargains.Count];
        var receivers = new int[bargains.Count];
        // The two new positions' utilities: O(n) a bargain, as StateUtilities.After computes them.
        Simulation.Execution.WorkScheduler.ForEach(bargains.Count, b =>
        {
            var bargain = bargains[b];
            initiators[b] = bargain.Initiator;
            receivers[b] = bargain.Receiver;
            for (var a = 0; a < n; a++)
            {
                var ideal = analysis.State.Position(a);
                var risk = analysis.Risk[a];
                moved[(long)b * n + a] = SpatialActors.Utility(actors.Distance(a, ideal, bargain.InitiatorPosition), risk)
                    + SpatialActors.Utility(actors.Distance(a, ideal, bargain.ReceiverPosition), risk);
            }
        });
        using var ownTo = _accelerator.Allocate1D(analysis.OwnUtilitiesTo);
        using var m = _accelerator.Allocate1D(moved);
        using var i = _accelerator.Allocate1D(initiators);
        using var r = _accelerator.Allocate1D(receivers);
        using var after = _accelerator.Allocate1D<double>(moved.LongLength);
        var threads = Threads(moved.LongLength);
        _after(_accelerator.DefaultStream, new Index1D((int)threads), threads, n, bargains.Count, ownTo.View, m.View, i.View, r.View, after.View);
        _accelerator.Synchronize();
        return after.GetAsArray1D();
    }

    private long Threads(long items) =>
        Math.Max(1, Math.Min(items, (long)_accelerator.NumMultiprocessors * _accelerator.MaxNumThreadsPerMultiprocessor));
}
