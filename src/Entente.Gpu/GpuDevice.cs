using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Entente.Gpu;

/// <summary>
/// The accelerator kernels run on: a CUDA device when there is one, else ILGPU's CPU accelerator (which runs the same
/// kernels as .NET code on this machine's cores: slow, but the GPU path can be run and checked anywhere).
/// </summary>
public sealed class GpuDevice : IDisposable
{
    private readonly Context _context;

    private GpuDevice(Context context, Accelerator accelerator, string? warning)
    {
        _context = context;
        Accelerator = accelerator;
        Warning = warning;
    }

    internal Accelerator Accelerator { get; }

    /// <summary>Held while a kernel runs on the device.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>The sweep kernel compiled for this device, compiled on first use (a second or two) and kept.</summary>
    internal TrialKernelLauncher TrialKernel
    {
        get
        {
            lock (Gate)
            {
                return _trialKernel ??= new TrialKernelLauncher(Accelerator);
            }
        }
    }

    private TrialKernelLauncher? _trialKernel;

    private static readonly Lock SharedGate = new();
    private static GpuDevice? _shared;

    /// <summary>
    /// The device of <see cref="Open"/>, opened once for the process and never disposed: each sweep after the first
    /// finds its kernel compiled. Executors on it must not own it.
    /// </summary>
    public static GpuDevice Shared
    {
        get
        {
            lock (SharedGate)
            {
                return _shared ??= Open();
            }
        }
    }

    /// <summary>True on a CUDA device; false on the CPU accelerator.</summary>
    public bool IsCuda => Accelerator.AcceleratorType == AcceleratorType.Cuda;

    /// <summary>The device in words, such as <c>CUDA NVIDIA H200 (sm_90, 132 multiprocessors)</c>.</summary>
    public string Description => IsCuda
        ? $"CUDA {Accelerator.Name} ({((CudaAccelerator)Accelerator).Architecture}, {Accelerator.NumMultiprocessors} multiprocessors, {Accelerator.MemorySize / (1L << 30)} GiB)"
        : $"ILGPU's CPU accelerator ({Accelerator.MaxNumThreads} threads)";

    /// <summary>Said to the user when a GPU was asked for and there is none; null otherwise.</summary>
    public string? Warning { get; }

    /// <summary>Whether this machine has a CUDA device ILGPU can use.</summary>
    public static bool CudaAvailable()
    {
        using var context = Context.Create(builder => builder.Cuda());
        return context.GetCudaDevices().Count > 0;
    }

    /// <summary>The first CUDA device, else the CPU accelerator with a warning that says so.</summary>
    public static GpuDevice Open()
    {
        StrictPtx.Register();
        var context = Context.Create(builder => builder.Cuda().CPU().Math(MathMode.Default).Optimize(OptimizationLevel.O1));
        var cuda = context.GetCudaDevices();
        if (cuda.Count > 0)
        {
            return new GpuDevice(context, cuda[0].CreateAccelerator(context), null);
        }
        var cpu = context.GetCPUDevice(0).CreateAccelerator(context);
        return new GpuDevice(context, cpu, "no CUDA device found: the GPU kernels run on ILGPU's CPU accelerator (same numbers, far slower)");
    }

    /// <summary>The CPU accelerator, whatever devices there are (the tests' device).</summary>
    public static GpuDevice OpenCpu()
    {
        var context = Context.Create(builder => builder.CPU().Math(MathMode.Default).Optimize(OptimizationLevel.O1));
        return new GpuDevice(context, context.GetCPUDevice(0).CreateAccelerator(context), null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
