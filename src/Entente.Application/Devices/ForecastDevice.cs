using Entente.Gpu;
using Entente.Models;

namespace Entente.Application;

/// <summary>
/// The accelerator a single forecast runs with for a <see cref="ComputeDevice"/>: a GPU for the spatial model's
/// challenge step; a model with no step for a GPU in a single forecast is an error with <c>gpu</c>, and runs on the
/// cores with <c>auto</c>. Says which was used.
/// </summary>
internal static class ForecastDevice
{
    /// <exception cref="RequestException">The GPU was asked for and the model has no step for it.</exception>
    public static (IModelAccelerator? Accelerator, string? Note) For(ComputeDevice device, string model)
    {
        if (device == ComputeDevice.Cpu)
        {
            return (null, null);
        }
        if (!GpuModelAccelerator.Models.Contains(model))
        {
            var reason = $"model '{model}' has no GPU step in a single forecast (the GPU runs the spatial model's challenge step, and sweeps: entente sweep --device gpu)";
            return device == ComputeDevice.Gpu
                ? throw new RequestException([RequestProblem.Of("device", reason)])
                : (null, $"device auto: ran on the CPU ({reason})");
        }
        if (device == ComputeDevice.Auto && !GpuDevice.CudaAvailable())
        {
            return (null, "device auto: ran on the CPU (no CUDA device found)");
        }
        var opened = GpuDevice.Shared;
        var note = opened.Warning ?? $"the challenge step ran on {opened.Description}";
        return (new GpuModelAccelerator(opened), device == ComputeDevice.Auto ? "device auto: " + note : note);
    }
}
