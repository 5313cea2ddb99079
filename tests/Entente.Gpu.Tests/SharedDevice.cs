namespace Entente.Gpu.Tests;

/// <summary>
/// ILGPU's CPU accelerator, opened once for the test run: CI has no GPU, and the kernels run there as .NET code,
/// every one of them the same kernel a CUDA device runs.
/// </summary>
internal static class SharedDevice
{
    private static readonly Lazy<GpuDevice> Device = new(GpuDevice.OpenCpu);

    public static GpuDevice Cpu => Device.Value;

    /// <summary>An executor on the shared device (which it does not dispose).</summary>
    public static GpuTrialExecutor Executor() => new(Cpu);
}
