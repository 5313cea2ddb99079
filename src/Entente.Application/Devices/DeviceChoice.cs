using Entente.Gpu;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>
/// The executor a sweep runs on for a <see cref="ComputeDevice"/>, and what to tell the user about it. Asking for the
/// GPU with a model that has no kernel is an error naming the model; <c>auto</c> falls back to the cores and says why.
/// </summary>
internal sealed class DeviceChoice : IDisposable
{
    /// <summary>Trials per range on a GPU: a range is one launch, and a launch wants hundreds of thousands of threads.</summary>
    public const long GpuRangeSize = 1 << 20;

    private readonly GpuTrialExecutor? _gpu;

    private DeviceChoice(GpuTrialExecutor? gpu, string? note, Models.IModelAccelerator? accelerator = null)
    {
        _gpu = gpu;
        Note = note;
        Accelerator = accelerator;
    }

    /// <summary>The device the model hands its heaviest step to while the trials run on the cores (the spatial model's challenge step); null for none.</summary>
    public Models.IModelAccelerator? Accelerator { get; }

    /// <summary>The GPU executor, or null to run on the cores.</summary>
    public ITrialRangeExecutor? Executor => _gpu;

    /// <summary>What the user is told: which device ran the trials, or why not the GPU.</summary>
    public string? Note { get; }

    /// <exception cref="RequestException">The GPU was asked for and the plan's model has no kernel.</exception>
    public static DeviceChoice For(ComputeDevice device, SweepPlan plan)
    {
        if (device == ComputeDevice.Cpu)
        {
            return new DeviceChoice(null, null);
        }
        if (GpuModelAccelerator.Models.Contains(plan.Model))
        {
            // The spatial model's trials run on the cores; each turn's challenge step runs on the device.
            if (device == ComputeDevice.Auto && !GpuDevice.CudaAvailable())
            {
                return new DeviceChoice(null, "device auto: ran on the CPU (no CUDA device found)");
            }
            var shared = GpuDevice.Shared;
            var said = shared.Warning ?? $"the challenge steps ran on {shared.Description}";
            return new DeviceChoice(null, device == ComputeDevice.Auto ? "device auto: " + said : said, new GpuModelAccelerator(shared));
        }
        var unsupported = GpuTrialExecutor.Unsupported(plan);
        if (unsupported is not null)
        {
            return device == ComputeDevice.Gpu
                ? throw new RequestException([RequestProblem.Of("device", unsupported)])
                : new DeviceChoice(null, $"device auto: ran on the CPU ({unsupported})");
        }
        if (device == ComputeDevice.Auto && !GpuDevice.CudaAvailable())
        {
            return new DeviceChoice(null, "device auto: ran on the CPU (no CUDA device found)");
        }
        var opened = GpuDevice.Shared;
        var note = opened.Warning ?? $"ran on {opened.Description}";
        return new DeviceChoice(new GpuTrialExecutor(opened), device == ComputeDevice.Auto ? "device auto: " + note : note);
    }

    public void Dispose() => _gpu?.Dispose();
}
