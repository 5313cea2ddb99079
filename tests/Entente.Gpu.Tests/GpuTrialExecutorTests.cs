using Entente.Simulation.Execution;
using Entente.Simulation.Tests.Execution;

namespace Entente.Gpu.Tests;

/// <summary>The GPU executor keeps the executor contract, its kernels run on ILGPU's CPU accelerator.</summary>
public sealed class GpuTrialExecutorTests : TrialExecutorContract
{
    protected override ITrialRangeExecutor CreateExecutor(int workers) => SharedDevice.Executor();

    [Fact]
    public void The_executor_says_which_device_it_runs_on()
    {
        using var executor = SharedDevice.Executor();

        Assert.Equal(SharedDevice.OnCuda, executor.Device.IsCuda);
        Assert.Contains(SharedDevice.OnCuda ? "CUDA" : "CPU accelerator", executor.Device.Description);
        Assert.Equal(1, executor.Concurrency);
    }
}
