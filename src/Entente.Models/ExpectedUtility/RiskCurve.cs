using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The utility shape of the model, U = 2 − 4·b^r for a base b in [0, 1] and a risk exponent r, over a
/// whole row at once. This is the hot spot of a round (n² powers), so it runs four lanes at a time
/// where the hardware allows and skips the power entirely for the risk-neutral r = 1. The power is
/// <see cref="UtilityPower"/>'s, whose lanes and scalar tail give the same bits: a utility does not depend
/// on where its base sits in the row, nor on how the JIT compiled the loop.
/// </summary>
internal static class RiskCurve
{
    public static double Of(double b, double r) => 2 - 4 * UtilityPower.Of(b, r);

    public static void Fill(ReadOnlySpan<double> bases, double r, Span<double> utilities)
    {
        var n = bases.Length;
        var t = 0;
        if (r == 1)
        {
            for (; t < n; t++)
            {
                utilities[t] = 2 - 4 * bases[t];
            }
            return;
        }
        // Without hardware FMA the runtime emulates UtilityPower's fused multiply-adds lane by lane (exactly, but
        // slowly), and the scalar loop, which gives the same bits, is the faster of the two.
        if (Vector256.IsHardwareAccelerated && Fma.IsSupported)
        {
            var exponent = Vector256.Create(r);
            var two = Vector256.Create(2.0);
            var four = Vector256.Create(4.0);
            for (; t + Vector256<double>.Count <= n; t += Vector256<double>.Count)
            {
                var power = UtilityPower.Of(Vector256.Create(bases.Slice(t, Vector256<double>.Count)), exponent);
                (two - four * power).CopyTo(utilities.Slice(t, Vector256<double>.Count));
            }
        }
        for (; t < n; t++)
        {
            utilities[t] = Of(bases[t], r);
        }
    }
}
