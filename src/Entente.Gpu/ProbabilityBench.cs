using System.Diagnostics;
using Entente.Gpu.Kernels;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Entente.Gpu;

/// <summary>
/// Achieved float64 FLOP/s of the EUM probability kernel (<see cref="ProbabilityKernel"/>) on a device, against the
/// device's float64 peak where it is known: multiprocessors × clock × float64 lanes per multiprocessor × 2 (a fused
/// multiply-add counts two), the lanes being 64 on the data-centre parts (compute capability 6.0, 7.0, 8.0, 9.0) and
/// 2 on the others.
/// </summary>
public static class ProbabilityBench
{
    /// <summary>Times <paramref name="draws"/> draws of <paramref name="actors"/> actors (after one untimed launch) on <paramref name="device"/>.</summary>
    public static ProbabilityBenchResult Measure(GpuDevice device, int actors, long draws, int repeats = 3)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(draws);
        var accelerator = device.Accelerator;
        var launch = Load(accelerator);
        var values = draws * actors;
        var positions = new double[values];
        var weights = new double[values];
        for (var v = 0L; v < values; v++)
        {
            // A fixed, irregular pattern: the kernel's cost does not depend on the values.
            positions[v] = (v * 7919 % 1000) / 10.0;
            weights[v] = 0.1 + (v * 104729 % 900) / 1000.0;
        }
        using var x = accelerator.Allocate1D(positions);
        using var w = accelerator.Allocate1D(weights);
        using var wins = accelerator.Allocate1D<double>(draws * actors * actors);
        var threads = Math.Min(draws * actors * actors, (long)accelerator.NumMultiprocessors * accelerator.MaxNumThreadsPerMultiprocessor);
        void Once()
        {
            launch(accelerator.DefaultStream, new Index1D((int)threads), threads, x.View, w.View, actors, draws, wins.View);
            accelerator.Synchronize();
        }
        Once();
        var best = double.PositiveInfinity;
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            Once();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        var flops = (double)draws * actors * actors * actors * ProbabilityKernel.FlopsPerVoter;
        return new ProbabilityBenchResult(actors, draws, best, flops / best, PeakFlops(accelerator));
    }

    /// <summary>The probabilities the kernel computes, for tests: row-major per draw.</summary>
    internal static double[] Compute(GpuDevice device, double[] positions, double[] weights, int actors)
    {
        var accelerator = device.Accelerator;
        var launch = Load(accelerator);
        var draws = positions.Length / actors;
        using var x = accelerator.Allocate1D(positions);
        using var w = accelerator.Allocate1D(weights);
        using var wins = accelerator.Allocate1D<double>((long)draws * actors * actors);
        var threads = Math.Min((long)draws * actors * actors, accelerator.MaxNumThreads);
        launch(accelerator.DefaultStream, new Index1D((int)threads), threads, x.View, w.View, actors, draws, wins.View);
        accelerator.Synchronize();
        return wins.GetAsArray1D();
    }

    private static Action<AcceleratorStream, Index1D, long, ArrayView<double>, ArrayView<double>, int, long, ArrayView<double>> Load(Accelerator accelerator) =>
        StrictPtx.Load<Action<AcceleratorStream, Index1D, long, ArrayView<double>, ArrayView<double>, int, long, ArrayView<double>>>(
            accelerator, typeof(ProbabilityKernel).GetMethod(nameof(ProbabilityKernel.Run))!, out _);

    private static double? PeakFlops(Accelerator accelerator)
    {
        if (accelerator is not CudaAccelerator cuda)
        {
            return null;
        }
        var architecture = cuda.Architecture;
        var lanes = architecture is { } a && a.Minor == 0 && a.Major is 6 or 7 or 8 or 9 ? 64 : 2;
        return (double)cuda.NumMultiprocessors * cuda.ClockRate * 1e3 * lanes * 2;
    }
}

/// <summary>What <see cref="ProbabilityBench.Measure"/> found.</summary>
/// <param name="Actors">Actors a draw.</param>
/// <param name="Draws">Draws a launch.</param>
/// <param name="Seconds">The fastest launch.</param>
/// <param name="FlopsPerSecond">Float64 operations a second, counting <see cref="ProbabilityKernel.FlopsPerVoter"/> a voter of a pair.</param>
/// <param name="PeakFlopsPerSecond">The device's float64 peak, where known (CUDA devices).</param>
public sealed record ProbabilityBenchResult(int Actors, long Draws, double Seconds, double FlopsPerSecond, double? PeakFlopsPerSecond)
{
    /// <summary>The share of the peak achieved, where the peak is known.</summary>
    public double? ShareOfPeak => FlopsPerSecond / PeakFlopsPerSecond;
}
