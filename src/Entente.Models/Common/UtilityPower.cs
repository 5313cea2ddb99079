using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.Common;

/// <summary>
/// b^r for a base b in [0, 1] and an exponent r &gt; 0, as exp(r·ln b) from fixed polynomials, with the same
/// sequence of IEEE operations one, four and eight lanes at a time, so all give the same bits.
/// <para>
/// Why not <see cref="Math.Pow"/> or <see cref="Vector256.Exp(Vector256{double})"/>: Math.Pow has no vector
/// form, and the vector Exp and Log of .NET are built on multiply-add <em>estimates</em> that the JIT fuses
/// or not depending on how it compiled the caller (unoptimised at first, optimised later), so the last bits
/// of a utility depended on when a method was recompiled — and with them, through ties between offers, a
/// Monte Carlo sweep's results on the number of threads. Here every multiply-add is either plain (a
/// multiplication and an addition, which the JIT never fuses) or an explicit fused multiply-add, which rounds
/// once on any hardware and in any JIT tier (emulated exactly where the processor has no FMA); the
/// polynomials use the fused form, which halves their cost.
/// </para>
/// <para>
/// The four-lane and eight-lane code are line-for-line twins on purpose: one generic version over wrapper
/// structs was tried, and inlined into the fused offer pass it exhausted the JIT's inlining budget and ran three
/// times slower (docs/models/eum.md). <c>UtilityPowerTests</c> holds both widths to the scalar bits.
/// </para>
/// Accuracy: relative error within (|r·ln b| + 1)·4·10^−16 of Math.Pow (tested), the rounding of r·ln b carried
/// through exp, as with any exp-of-log power; powers below exp(−700), about 10^−304, are returned as 0.
/// </summary>
internal static class UtilityPower
{
    private const double Sqrt2 = 1.4142135623730951;

    // ln 2 split so that k·Ln2High is exact for |k| < 2^21 (Cody and Waite).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double InverseLn2 = 1.4426950408889634;

    // Below exp(−700) (1e-304) the power is returned as 0. Bases below 2^−900 are scaled by 2^100 first so
    // that subnormal bases have a normal mantissa to take the logarithm of.
    private const double SmallestExponent = -700;
    private const double TinyBase = 1.1830521861667747e-271; // 2^-900
    private const double TinyScale = 1.2676506002282294e30; // 2^100

    // ln m = 2f + 2f·s·Q(s) with f = (m − 1)/(m + 1), s = f², |f| ≤ 0.1716, where Q(s) = (atanh(f)/f − 1)/s:
    // a Chebyshev interpolant of degree 6 on [0, 0.02944], relative error 5e-16 in Q, which 2f·s scales to
    // below 2e-17 of ln m. Fitted in 80-digit arithmetic by eng/fit-utility-power.py.
    private const double Q0 = 0.3333333333333335;
    private const double Q1 = 0.19999999999949752;
    private const double Q2 = 0.14285714312987743;
    private const double Q3 = 0.1111110556739754;
    private const double Q4 = 0.09091444562630861;
    private const double Q5 = 0.07665860800278021;
    private const double Q6 = 0.07308224842521703;

    // e^r = 1 + r + r²·P(r) for |r| ≤ ln2/2, where P(r) = (e^r − 1 − r)/r²: a Chebyshev interpolant of degree
    // 9, relative error 3e-16 in P, which r² scales to below 4e-17 of e^r.
    private const double P0 = 0.5000000000000001;
    private const double P1 = 0.16666666666666669;
    private const double P2 = 0.041666666666624164;
    private const double P3 = 0.008333333333330065;
    private const double P4 = 0.0013888888917196719;
    private const double P5 = 0.00019841269863040545;
    private const double P6 = 2.4801521322368692e-05;
    private const double P7 = 2.7557268480310024e-06;
    private const double P8 = 2.7620075879983367e-07;
    private const double P9 = 2.5100375832561234e-08;

    /// <summary>b^r, one lane.</summary>
    public static double Of(double b, double r)
    {
        if (!(b > 0))
        {
            return 0;
        }
        var y = r * Ln(b);
        if (!(y > SmallestExponent))
        {
            return 0;
        }
        return Exp(y);
    }

    /// <summary>b^r, four lanes, bit for bit what <see cref="Of(double, double)"/> gives lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Of(Vector256<double> b, Vector256<double> r)
    {
        var positive = Vector256.GreaterThan(b, Vector256<double>.Zero);
        var y = r * Ln(Vector256.ConditionalSelect(positive, b, Vector256.Create(1.0)));
        var power = Exp(Vector256.Max(y, Vector256.Create(SmallestExponent)));
        var kept = positive & Vector256.GreaterThan(y, Vector256.Create(SmallestExponent));
        return Vector256.ConditionalSelect(kept, power, Vector256<double>.Zero);
    }

    private static double Ln(double b)
    {
        double shift = 0;
        if (b < TinyBase)
        {
            b *= TinyScale;
            shift = -100;
        }
        var bits = BitConverter.DoubleToInt64Bits(b);
        double e = (((bits >>> 52) & 0x7FF) - 1023) + shift;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000);
        if (m > Sqrt2)
        {
            m *= 0.5;
            e += 1;
        }
        var f = (m - 1) / (m + 1);
        var s = f * f;
        var twiceF = 2 * f;
        var q = Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(
            Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Q6, s, Q5), s, Q4), s, Q3), s, Q2), s, Q1), s, Q0);
        var lnM = Math.FusedMultiplyAdd(twiceF * s, q, twiceF);
        return e * Ln2High + Math.FusedMultiplyAdd(e, Ln2Low, lnM);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Ln(Vector256<double> b)
    {
        var tiny = Vector256.LessThan(b, Vector256.Create(TinyBase));
        b = Vector256.ConditionalSelect(tiny, b * Vector256.Create(TinyScale), b);
        var shift = Vector256.ConditionalSelect(tiny, Vector256.Create(-100.0), Vector256<double>.Zero);
        var bits = b.AsInt64();
        var e = Vector256.ConvertToDouble((Vector256.ShiftRightLogical(bits, 52) & Vector256.Create(0x7FFL)) - Vector256.Create(1023L)) + shift;
        var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFL)) | Vector256.Create(0x3FF0_0000_0000_0000L)).AsDouble();
        var high = Vector256.GreaterThan(m, Vector256.Create(Sqrt2));
        m = Vector256.ConditionalSelect(high, m * Vector256.Create(0.5), m);
        e = Vector256.ConditionalSelect(high, e + Vector256.Create(1.0), e);
        var one = Vector256.Create(1.0);
        var f = (m - one) / (m + one);
        var s = f * f;
        var twiceF = Vector256.Create(2.0) * f;
        var q = Vector256.FusedMultiplyAdd(Vector256.Create(Q6), s, Vector256.Create(Q5));
        q = Vector256.FusedMultiplyAdd(q, s, Vector256.Create(Q4));
        q = Vector256.FusedMultiplyAdd(q, s, Vector256.Create(Q3));
        q = Vector256.FusedMultiplyAdd(q, s, Vector256.Create(Q2));
        q = Vector256.FusedMultiplyAdd(q, s, Vector256.Create(Q1));
        q = Vector256.FusedMultiplyAdd(q, s, Vector256.Create(Q0));
        var lnM = Vector256.FusedMultiplyAdd(twiceF * s, q, twiceF);
        return e * Vector256.Create(Ln2High) + Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Low), lnM);
    }

    private static double Exp(double y)
    {
        // Round half to even, as the lanes do (the overload taking a MidpointRounding does not compile for a GPU).
        var k = Math.Round(y * InverseLn2);
        var r = Math.FusedMultiplyAdd(-k, Ln2Low, Math.FusedMultiplyAdd(-k, Ln2High, y));
        var p = Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(
            Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(P9, r, P8), r, P7), r, P6),
            r, P5), r, P4), r, P3), r, P2), r, P1), r, P0);
        var expR = 1 + Math.FusedMultiplyAdd(r * r, p, r);
        return expR * BitConverter.Int64BitsToDouble(((long)k + 1023) << 52);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Exp(Vector256<double> y)
    {
        var k = Vector256.Round(y * Vector256.Create(InverseLn2));
        var r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2High), y);
        r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2Low), r);
        var p = Vector256.FusedMultiplyAdd(Vector256.Create(P9), r, Vector256.Create(P8));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P7));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P5));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P4));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P3));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P2));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P1));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(P0));
        var expR = Vector256.Create(1.0) + Vector256.FusedMultiplyAdd(r * r, p, r);
        var scale = Vector256.ShiftLeft(Vector256.ConvertToInt64(k) + Vector256.Create(1023L), 52).AsDouble();
        return expR * scale;
    }

    /// <summary>b^r, eight lanes, bit for bit what <see cref="Of(double, double)"/> gives lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Of(Vector512<double> b, Vector512<double> r)
    {
        var positive = Vector512.GreaterThan(b, Vector512<double>.Zero);
        var y = r * Ln(Vector512.ConditionalSelect(positive, b, Vector512.Create(1.0)));
        var power = Exp(Vector512.Max(y, Vector512.Create(SmallestExponent)));
        var kept = positive & Vector512.GreaterThan(y, Vector512.Create(SmallestExponent));
        return Vector512.ConditionalSelect(kept, power, Vector512<double>.Zero);
    }

    /// <summary>
    /// ln b in lanes for b &gt; 0, −∞ otherwise: the logarithm <see cref="OfLog"/> raises, so that a base shared by
    /// several exponents (a pair's distance, seen by both of its actors) has its logarithm taken once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> LogOf(Vector512<double> b)
    {
        var positive = Vector512.GreaterThan(b, Vector512<double>.Zero);
        var ln = Ln(Vector512.ConditionalSelect(positive, b, Vector512.Create(1.0)));
        return Vector512.ConditionalSelect(positive, ln, Vector512.Create(double.NegativeInfinity));
    }

    /// <summary>
    /// b^r from <paramref name="logOfBase"/> = <see cref="LogOf"/>(b), bit for bit what <see cref="Of(Vector512{double}, Vector512{double})"/>
    /// gives for b and r ≥ 0: the −∞ of a base that is not positive makes r·ln b fall below the smallest exponent
    /// (or NaN at r = 0), which is 0 as <see cref="Of(Vector512{double}, Vector512{double})"/> returns for such a base.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> OfLog(Vector512<double> logOfBase, Vector512<double> r)
    {
        var y = r * logOfBase;
        var power = Exp(Vector512.Max(y, Vector512.Create(SmallestExponent)));
        var kept = Vector512.GreaterThan(y, Vector512.Create(SmallestExponent));
        return Vector512.ConditionalSelect(kept, power, Vector512<double>.Zero);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Ln(Vector512<double> b)
    {
        var tiny = Vector512.LessThan(b, Vector512.Create(TinyBase));
        b = Vector512.ConditionalSelect(tiny, b * Vector512.Create(TinyScale), b);
        var shift = Vector512.ConditionalSelect(tiny, Vector512.Create(-100.0), Vector512<double>.Zero);
        var bits = b.AsInt64();
        var e = Vector512.ConvertToDouble((Vector512.ShiftRightLogical(bits, 52) & Vector512.Create(0x7FFL)) - Vector512.Create(1023L)) + shift;
        var m = ((bits & Vector512.Create(0x000F_FFFF_FFFF_FFFFL)) | Vector512.Create(0x3FF0_0000_0000_0000L)).AsDouble();
        var high = Vector512.GreaterThan(m, Vector512.Create(Sqrt2));
        m = Vector512.ConditionalSelect(high, m * Vector512.Create(0.5), m);
        e = Vector512.ConditionalSelect(high, e + Vector512.Create(1.0), e);
        var one = Vector512.Create(1.0);
        var f = (m - one) / (m + one);
        var s = f * f;
        var twiceF = Vector512.Create(2.0) * f;
        var q = Vector512.FusedMultiplyAdd(Vector512.Create(Q6), s, Vector512.Create(Q5));
        q = Vector512.FusedMultiplyAdd(q, s, Vector512.Create(Q4));
        q = Vector512.FusedMultiplyAdd(q, s, Vector512.Create(Q3));
        q = Vector512.FusedMultiplyAdd(q, s, Vector512.Create(Q2));
        q = Vector512.FusedMultiplyAdd(q, s, Vector512.Create(Q1));
        q = Vector512.FusedMultiplyAdd(q, s, Vector512.Create(Q0));
        var lnM = Vector512.FusedMultiplyAdd(twiceF * s, q, twiceF);
        return e * Vector512.Create(Ln2High) + Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Low), lnM);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Exp(Vector512<double> y)
    {
        var k = Vector512.Round(y * Vector512.Create(InverseLn2));
        var r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2High), y);
        r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Low), r);
        var p = Vector512.FusedMultiplyAdd(Vector512.Create(P9), r, Vector512.Create(P8));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P7));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P4));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P3));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P2));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P1));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(P0));
        var expR = Vector512.Create(1.0) + Vector512.FusedMultiplyAdd(r * r, p, r);
        var scale = Vector512.ShiftLeft(Vector512.ConvertToInt64(k) + Vector512.Create(1023L), 52).AsDouble();
        return expR * scale;
    }
}
