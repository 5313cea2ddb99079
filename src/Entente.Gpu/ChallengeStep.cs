using Entente.Gpu.Kernels;
using Entente.Models.Spatial;
using ILGPU;
using ILGPU.Runtime;

namespace Entente.Gpu;

/// <summary>
/// The spatial model's challenge step of one turn on a device: every actor's own estimate of its challenge to every
/// other, n² pairs in parallel, each O(n) over the third parties (the turn's O(n³) part).
/// </summary>
internal sealed class ChallengeStep
{
    private readonly Accelerator _accelerator;
    private readonly Action<AcceleratorStream, Index1D, long, ChallengeInputs, ArrayView<double>, ArrayView<double>> _launch;

    public ChallengeStep(GpuDevice device)
    {
        _accelerator = device.Accelerator;
        _launch = StrictPtx.Load<Action<AcceleratorStream, Index1D, long, ChallengeInputs, ArrayView<double>, ArrayView<double>>>(
            _accelerator, typeof(ChallengeKernel).GetMethod(nameof(ChallengeKernel.Run))!, out _);
    }

    /// <summary>φ and the gain of i's challenge to j at [i·n + j], for the turn <paramref name="analysis"/> describes.</summary>
    public (double[] Probabilities, double[] Gains) Run(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options)
    {
        var n = actors.Count;
        using var risk = _accelerator.Allocate1D(analysis.Risk);
        using var distances = _accelerator.Allocate1D(analysis.Distances);
        using var distancesTo = _accelerator.Allocate1D(analysis.DistancesTo);
        using var weights = _accelerator.Allocate1D(actors.VoteWeights);
        using var saliences = _accelerator.Allocate1D(actors.SalienceTotals);
        using var probabilities = _accelerator.Allocate1D<double>((long)n * n);
        using var gains = _accelerator.Allocate1D<double>((long)n * n);
        var inputs = new ChallengeInputs
        {
            Count = n,
            Rule = options.VotingRule,
            Commit = options.ThirdPartyCommit,
            Adjust = options.BigRAdjust,
            Risk = risk.View,
            Distances = distances.View,
            DistancesTo = distancesTo.View,
            VoteWeights = weights.View,
            SalienceTotals = saliences.View,
        };
        var threads = Math.Max(1, Math.Min((long)n * n, (long)_accelerator.NumMultiprocessors * _accelerator.MaxNumThreadsPerMultiprocessor));
        _launch(_accelerator.DefaultStream, new Index1D((int)threads), threads, inputs, probabilities.View, gains.View);
        _accelerator.Synchronize();
        return (probabilities.GetAsArray1D(), gains.GetAsArray1D());
    }
}
