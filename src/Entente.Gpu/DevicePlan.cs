using Entente.Gpu.Kernels;
using ILGPU;
using ILGPU.Runtime;

namespace Entente.Gpu;

/// <summary>A <see cref="GpuPlan"/>'s arrays on the device, with the scratch of every thread and the forecasts' buffer.</summary>
internal sealed class DevicePlan : IDisposable
{
    // Scratch takes at most this share of the device's memory (and at most 1 GiB on the CPU accelerator).
    private const double ScratchShare = 0.25;
    private readonly List<IDisposable> _buffers = [];

    public DevicePlan(Accelerator accelerator, GpuPlan plan, long mostItemsPerLaunch)
    {
        Plan = plan;
        var n = Math.Max(1, plan.MostParticipants);
        var perThread = Scratch.DoublesFor(n) * sizeof(double) + Scratch.IntsFor(n) * sizeof(int);
        var budget = accelerator.AcceleratorType == AcceleratorType.Cuda ? (long)(accelerator.MemorySize * ScratchShare) : 1L << 30;
        var resident = (long)accelerator.NumMultiprocessors * accelerator.MaxNumThreadsPerMultiprocessor;
        Threads = Math.Max(1, Math.Min(Math.Min(resident, budget / perThread), int.MaxValue));
        Doubles = Keep(accelerator.Allocate1D<double>(Threads * Scratch.DoublesFor(n)));
        Ints = Keep(accelerator.Allocate1D<int>(Threads * Scratch.IntsFor(n)));
        Forecasts = Keep(accelerator.Allocate1D<double>(Math.Max(1, Math.Min(mostItemsPerLaunch, mostItemsPerLaunch / plan.IssueCount * plan.IssueCount))));
        var scenario = plan.Sweep.Scenario;
        Inputs = new TrialInputs
        {
            IssueStart = Upload(accelerator, plan.IssueStart),
            ParticipantStances = Upload(accelerator, plan.ParticipantStances),
            Position = Upload(accelerator, plan.Position),
            Salience = Upload(accelerator, plan.Salience),
            Capability = Upload(accelerator, plan.Capability),
            ScaleMin = Upload(accelerator, plan.ScaleMin),
            ScaleMax = Upload(accelerator, plan.ScaleMax),
            ScaleWidth = Upload(accelerator, plan.ScaleWidth),
            PositionSigma = Upload(accelerator, plan.PositionSigma),
            SalienceSigma = Upload(accelerator, plan.SalienceSigma),
            CapabilitySigma = Upload(accelerator, plan.CapabilitySigma),
            PositionStream = Upload(accelerator, plan.PositionStream),
            SalienceStream = Upload(accelerator, plan.SalienceStream),
            CapabilityStream = Upload(accelerator, plan.CapabilityStream),
            Seed = plan.Sweep.Seed,
            SalienceCeiling = scenario.SalienceCeiling,
            IssueCount = plan.IssueCount,
        };
    }

    public GpuPlan Plan { get; }

    /// <summary>Threads a launch runs (each with its own scratch).</summary>
    public long Threads { get; }

    public TrialInputs Inputs { get; }

    public MemoryBuffer1D<double, Stride1D.Dense> Doubles { get; }

    public MemoryBuffer1D<int, Stride1D.Dense> Ints { get; }

    public MemoryBuffer1D<double, Stride1D.Dense> Forecasts { get; }

    private ArrayView<T> Upload<T>(Accelerator accelerator, T[] values) where T : unmanaged =>
        Keep(accelerator.Allocate1D(values.Length == 0 ? new T[1] : values)).View;

    private TBuffer Keep<TBuffer>(TBuffer buffer) where TBuffer : IDisposable
    {
        _buffers.Add(buffer);
        return buffer;
    }

    public void Dispose()
    {
        foreach (var buffer in _buffers)
        {
            buffer.Dispose();
        }
        _buffers.Clear();
    }
}
