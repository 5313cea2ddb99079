using Entente.Gpu.Kernels;
using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
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
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(typeof(TrialKernel).GetMethod(nameof(TrialKernel.Run))!);
        var compiled = accelerator.CompileKernel(entry);
        if (compiled is PTXCompiledKernel ptx)
        {
            Ptx = StrictPtx.Rewrite(ptx.PTXAssembly);
            compiled = StrictPtx.WithAssembly(ptx, Ptx);
        }
        _launch = accelerator.LoadKernel(compiled)
            .CreateLauncherDelegate<Action<AcceleratorStream, Index1D, long, TrialInputs, EumSettings, int, long, long, ArrayView<double>, ArrayView<int>, int, ArrayView<double>>>();
    }

    /// <summary>The PTX the device runs (after the rewrite); null on the CPU accelerator.</summary>
    public string? Ptx { get; }

    public void Launch(AcceleratorStream stream, long threads, TrialInputs inputs, EumSettings eum, GpuModel model, long firstTrial, long items,
        ArrayView<double> doubles, ArrayView<int> ints, int mostParticipants, ArrayView<double> forecasts) =>
        _launch(stream, new Index1D(checked((int)threads)), threads, inputs, eum, (int)model, firstTrial, items, doubles, ints, mostParticipants, forecasts);
}
