using System.Runtime.Intrinsics;

namespace Entente.Models.Common;

/// <summary>
/// b^r for a base b in [0, 1] and an exponent r &gt; 0, as exp(r·ln b) from fixed polynomials, with the same
/// sequence of IEEE operations one lane at a time and four lanes at a time, so both give the same bits.
/// <para>
/// Why not <see cref="Math.Pow"/> or <see cref="Vector256.Exp(Vector256{double})"/>: Math.Pow has no vector
/// form, and the vector Exp and Log of .NET are built on multiply-add <em>estimates</em> that the JIT fuses
/// or not depending on how it compiled the caller (unoptimised at first, optimised later), so the last bits
/// of a utility depended on when a method was recompiled — and with them, through ties between offers, a
/// Monte Carlo sweep's results on the number of threads. Plain multiplications and additions are never
/// fused by the JIT.
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

    // ln m = 2f·Σ f^(2k)/(2k+1) with f = (m − 1)/(m + 1), |f| ≤ 0.1716: eleven terms leave < 1e-17.
    private static readonly double[] LogSeries = [.. Enumerable.Range(0, 11).Select(k => 1.0 / (2 * k + 1))];

    // exp r = Σ r^k/k! for |r| ≤ ln2/2: fourteen terms leave < 1e-17.
    private static readonly double[] ExpSeries = [.. Enumerable.Range(0, 14).Select(Factorial).Select(f => 1.0 / f)];

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
        var series = LogSeries[^1];
        for (var k = LogSeries.Length - 2; k >= 0; k--)
        {
            series = series * s + LogSeries[k];
        }
        return e * Ln2High + (2 * f * series + e * Ln2Low);
    }

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
        var series = Vector256.Create(LogSeries[^1]);
        for (var k = LogSeries.Length - 2; k >= 0; k--)
        {
            series = series * s + Vector256.Create(LogSeries[k]);
        }
        return e * Vector256.Create(Ln2High) + (Vector256.Create(2.0) * f * series + e * Vector256.Create(Ln2Low));
    }

    private static double Exp(double y)
    {
        var k = Math.Round(y * InverseLn2, MidpointRounding.ToEven);
        var r = (y - k * Ln2High) - k * Ln2Low;
        var series = ExpSeries[^1];
        for (var j = ExpSeries.Length - 2; j >= 0; j--)
        {
            series = series * r + ExpSeries[j];
        }
        return series * BitConverter.Int64BitsToDouble(((long)k + 1023) << 52);
    }

    private static Vector256<double> Exp(Vector256<double> y)
    {
        var k = Vector256.Round(y * Vector256.Create(InverseLn2));
        var r = (y - k * Vector256.Create(Ln2High)) - k * Vector256.Create(Ln2Low);
        var series = Vector256.Create(ExpSeries[^1]);
        for (var j = ExpSeries.Length - 2; j >= 0; j--)
        {
            series = series * r + Vector256.Create(ExpSeries[j]);
        }
        var scale = Vector256.ShiftLeft(Vector256.ConvertToInt64(k) + Vector256.Create(1023L), 52).AsDouble();
        return series * scale;
    }

    /// <summary>b^r, eight lanes, bit for bit what <see cref="Of(double, double)"/> gives lane by lane.</summary>
    public static Vector512<double> Of(Vector512<double> b, Vector512<double> r)
    {
        var positive = Vector512.GreaterThan(b, Vector512<double>.Zero);
        var y = r * Ln(Vector512.ConditionalSelect(positive, b, Vector512.Create(1.0)));
        var power = Exp(Vector512.Max(y, Vector512.Create(SmallestExponent)));
        var kept = positive & Vector512.GreaterThan(y, Vector512.Create(SmallestExponent));
        return Vector512.ConditionalSelect(kept, power, Vector512<double>.Zero);
    }

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
        var series = Vector512.Create(LogSeries[^1]);
        for (var k = LogSeries.Length - 2; k >= 0; k--)
        {
            series = series * s + Vector512.Create(LogSeries[k]);
        }
        return e * Vector512.Create(Ln2High) + (Vector512.Create(2.0) * f * series + e * Vector512.Create(Ln2Low));
    }

    private static Vector512<double> Exp(Vector512<double> y)
    {
        var k = Vector512.Round(y * Vector512.Create(InverseLn2));
        var r = (y - k * Vector512.Create(Ln2High)) - k * Vector512.Create(Ln2Low);
        var series = Vector512.Create(ExpSeries[^1]);
        for (var j = ExpSeries.Length - 2; j >= 0; j--)
        {
            series = series * r + Vector512.Create(ExpSeries[j]);
        }
        var scale = Vector512.ShiftLeft(Vector512.ConvertToInt64(k) + Vector512.Create(1023L), 52).AsDouble();
        return series * scale;
    }

    private static double Factorial(int k)
    {
        double f = 1;
        for (var i = 2; i <= k; i++)
        {
            f *= i;
        }
        return f;
    }
}
