namespace Entente.Gpu;

/// <summary>The models that run as kernels. The numbers are the kernel's switch: keep them stable.</summary>
internal enum GpuModel
{
    /// <summary>The capability-and-salience-weighted mean (bit-identical to the CPU).</summary>
    Compromise = 0,

    /// <summary>The capability-and-salience-weighted median (bit-identical to the CPU).</summary>
    Median = 1,

    /// <summary>The expected utility model, variant bdm, every round (to 1e-12 of the CPU where no decision sits on a tie).</summary>
    Eum = 2,
}
