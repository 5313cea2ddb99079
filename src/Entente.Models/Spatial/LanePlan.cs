using System.Runtime.Intrinsics;

namespace Entente.Models.Spatial;

/// <summary>Whether the O(n³) loops take their eight-lane <see cref="Vector512{T}"/> paths or the scalar ones.</summary>
internal static class LanePlan
{
    /// <summary>
    /// With 256-bit hardware the runtime's emulation of 512-bit vectors still beats scalar code (7 s against
    /// about 25 s per 1,000-actor turn); with 128-bit vectors only (ARM64, x64 without AVX2) it is slower
    /// (36 s), so those machines take the scalar paths, which give the same bits.
    /// </summary>
    public static bool Vectorised { get; } = Vector256.IsHardwareAccelerated;
}
