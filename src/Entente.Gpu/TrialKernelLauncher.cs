using Entente.Gpu.Kernels;
using ILGPU;
using ILGPU.Runtime;

namespace Entente.Gpu;

/// <summary>
/// The sweep kernel compiled for one accelerator: on a CUDA device its PTX goes through <see cref="StrictPtx"/> before
/// the driver sees it; on the CPU accelerator it runs as compiled.
/// </summary>
internal sealed class TrialKernelLauncher
{
    private readonly Action<AcceleratorStream, Index1D, long, TrialInputs, EumSettings, int, long, long, ArrayView<double>, ArrayView<int>, int, ArrayView<double>> _launch;

    public TrialKernelLauncher(Accelerator accelerator)
    {
        _launch = StrictPtx.Load<Action<AcceleratorStream, Index1D, long, TrialInputs, EumSettings, int, long, long, ArrayView<double>, ArrayView<int>, int, ArrayView<double>>>(
            accelerator, typeof(TrialKernel).GetMethod(nameof(TrialKernel.Run))!, out var ptx);
        Ptx = ptx;
    }

    /// <summary>The PTX the device runs (after the rewrite); null on the CPU accelerator.</summary>
    public string? Ptx { get; }

    public void Launch(AcceleratorStream stream, long threads, TrialInputs inputs, EumSettings eum, GpuModel model, long firstTrial, long items,
        ArrayView<double> doubles, ArrayView<int> ints, int mostParticipants, ArrayView<double> forecasts) =>
        _launch(stream, new Index1D(checked((int)threads)), threads, inputs, eum, (int)model, firstTrial, items, doubles, ints, mostParticipants, forecasts);
}
