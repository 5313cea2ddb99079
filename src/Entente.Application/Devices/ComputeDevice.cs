namespace Entente.Application;

/// <summary>Where a sweep's trials run (<c>--device</c>).</summary>
public enum ComputeDevice
{
    /// <summary>This machine's cores (the default).</summary>
    Cpu,

    /// <summary>GPU kernels: on a CUDA device, or on ILGPU's CPU accelerator with a warning when there is none.</summary>
    Gpu,

    /// <summary>A CUDA device when there is one and the model has kernels, else the cores; the run says which.</summary>
    Auto,
}
