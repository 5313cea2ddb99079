namespace Entente.Gpu.Tests;

/// <summary>
/// The device the tests run the kernels on, opened once for the run: ILGPU's CPU accelerator (CI has no GPU; the
/// kernels run there as .NET code, the very kernels a CUDA device runs), or the CUDA device when
/// <c>ENTENTE_TEST_DEVICE=cuda</c> (what <c>eng/gpu-check.sh</c> sets on a GPU machine), which must then be there.
/// </summary>
internal static class SharedDevice
{
    private static readonly Lazy<GpuDevice> Opened = new(Open);

    public static GpuDevice Device => Opened.Value;

    /// <summary>True when the tests run on a CUDA device.</summary>
    public static bool OnCuda => Environment.GetEnvironmentVariable("ENTENTE_TEST_DEVICE") == "cuda";

    /// <summary>An executor on the shared device (which it does not dispose).</summary>
    public static GpuTrialExecutor Executor() => new(Device);

    private static GpuDevice Open()
    {
        if (!OnCuda)
        {
            return GpuDevice.OpenCpu();
        }
        var device = GpuDevice.Open();
        return device.IsCuda ? device : throw new InvalidOperationException("ENTENTE_TEST_DEVICE=cuda, but ILGPU finds no CUDA device");
    }
}
