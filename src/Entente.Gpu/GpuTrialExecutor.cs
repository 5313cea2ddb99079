using Entente.Gpu.Kernels;
using Entente.Simulation.Execution;
using ILGPU;
using ILGPU.Runtime;

namespace Entente.Gpu;

/// <summary>
/// Runs ranges of a sweep as kernels (compromise, median, eum variant bdm): one thread per (trial, issue) at a time,
/// each drawing its trial's inputs on the device from the same counter-based generator as the CPU, the forecasts
/// copied back and accumulated on the host into the same blocks the CPU's executor makes. One range at a time: a
/// range is already thousands of threads.
/// </summary>
public sealed class GpuTrialExecutor : ITrialRangeExecutor, IDisposable
{
    // At most this many (trial, issue) items a launch, so the host's copy stays small and cancellation is heard.
    private const long MostItemsPerLaunch = 1L << 22;

    private readonly GpuDevice _device;
    private readonly bool _ownsDevice;
    // One range at a time on a device, whichever executor asks: launches and the plan's buffers are not shared.
    private Lock Gate => _device.Gate;
    private TrialJob? _job;
    private DevicePlan? _plan;

    /// <summary>An executor on <paramref name="device"/> (disposed with it when <paramref name="ownsDevice"/>).</summary>
    public GpuTrialExecutor(GpuDevice device, bool ownsDevice = false)
    {
        ArgumentNullException.ThrowIfNull(device);
        _device = device;
        _ownsDevice = ownsDevice;
    }

    /// <summary>The device the kernels run on.</summary>
    public GpuDevice Device => _device;

    /// <inheritdoc />
    public int Concurrency => 1;

    /// <summary>Why <paramref name="plan"/> cannot run on this executor, or null when it can.</summary>
    public static string? Unsupported(Simulation.MonteCarlo.SweepPlan plan) => GpuPlan.Unsupported(plan);

    /// <inheritdoc />
    public Task<TrialBlock> RunAsync(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Task.Run(() =>
        {
            var forecasts = Forecasts(job, range, cancellation);
            var block = job.EmptyBlock();
            var issues = block.IssueCount;
            for (var k = 0L; k < range.Count; k++)
            {
                for (var i = 0; i < issues; i++)
                {
                    block.Issue(i).Add(range.Start + k, forecasts[k * issues + i]);
                }
            }
            return block;
        }, cancellation);
    }

    /// <summary>Each trial's forecast of each issue, trial by trial (issues in scenario order within a trial).</summary>
    internal double[] Forecasts(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        lock (Gate)
        {
            var plan = PlanOf(job);
            var accelerator = _device.Accelerator;
            var launcher = _device.TrialKernel;
            var issues = plan.Plan.IssueCount;
            var items = range.Count * issues;
            var result = new double[items];
            for (var done = 0L; done < items;)
            {
                cancellation.ThrowIfCancellationRequested();
                // Whole trials per launch, so a launch starts at a trial's first issue.
                var trials = Math.Min(range.Count - done / issues, Math.Max(1, MostItemsPerLaunch / issues));
                var count = trials * issues;
                var threads = Math.Min(plan.Threads, count);
                launcher.Launch(accelerator.DefaultStream, threads, plan.Inputs, plan.Plan.Eum, plan.Plan.Model, range.Start + done / issues, count,
                    plan.Doubles.View, plan.Ints.View, plan.Plan.MostParticipants, plan.Forecasts.View);
                accelerator.Synchronize();
                plan.Forecasts.View.AsContiguous().SubView(0, count).CopyToCPU(result.AsSpan(checked((int)done), checked((int)count)));
                done += count;
            }
            return result;
        }
    }

    private DevicePlan PlanOf(TrialJob job)
    {
        if (!ReferenceEquals(job, _job))
        {
            _plan?.Dispose();
            _plan = null;
            _plan = new DevicePlan(_device.Accelerator, GpuPlan.For(job.Plan), MostItemsPerLaunch);
            _job = job;
        }
        return _plan!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (Gate)
        {
            _plan?.Dispose();
            _plan = null;
            _job = null;
        }
        if (_ownsDevice)
        {
            _device.Dispose();
        }
    }
}
