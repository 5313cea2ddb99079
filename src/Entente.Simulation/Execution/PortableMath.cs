namespace Entente.Simulation.Execution;

/// <summary>
/// Elementary functions written with IEEE 754 arithmetic alone (+, −, ×, ÷ and bit manipulation), so every
/// platform that rounds those correctly (every CPU .NET runs on, every GPU in IEEE mode) gives the same bits.
/// The platform's <see cref="Math.Log(double)"/> is not specified to the last bit and differs between runtimes,
/// libms and GPUs; the draws of a sweep must not. (<see cref="Math.Sqrt"/> is correctly rounded by IEEE 754
/// itself and is used freely.)
/// </summary>
internal static class PortableMath
{
    // ln 2 split so that e·Ln2Hi is exact for every binary exponent e (fdlibm's split).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;
    private const double TwoTo54 = 18014398509481984.0;
    private const double SmallestNormal = 2.2250738585072014E-308;
    private const double InverseLn2 = 1.4426950408889634;
    private const double LargestArgument = 709.782712893384; // ln of the largest double
    private const double SmallestArgument = -708.3964185322641; // ln of the smallest normal double

    /// <summary>
    /// The natural logarithm: x = m·2^e with m in [√½, √2), then ln m = 2·atanh(s), s = (m − 1)/(m + 1), by its
    /// series to s²⁵ (|s| ≤ 0.172, so the next term is below 10⁻¹⁹ of the sum). Within 2 ulp of the true value.
    /// </summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0)
        {
            return double.NaN;
        }
        if (x == 0)
        {
            return double.NegativeInfinity;
        }
        if (double.IsPositiveInfinity(x))
        {
            return x;
        }
        var exponent = 0;
        if (x < SmallestNormal)
        {
            // Subnormal: scale into the normal range first (exactly, by a power of two).
            x *= TwoTo54;
            exponent = -54;
        }
        var bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        // Σ s^2k / (2k + 1) for k = 12 down to 0, in Horner form. The coefficients are constants the compiler divides
        // out (a correctly rounded division, as at run time): a draw costs no division per term.
        var series = 1.0 / 25;
        series = series * s2 + 1.0 / 23;
        series = series * s2 + 1.0 / 21;
        series = series * s2 + 1.0 / 19;
        series = series * s2 + 1.0 / 17;
        series = series * s2 + 1.0 / 15;
        series = series * s2 + 1.0 / 13;
        series = series * s2 + 1.0 / 11;
        series = series * s2 + 1.0 / 9;
        series = series * s2 + 1.0 / 7;
        series = series * s2 + 1.0 / 5;
        series = series * s2 + 1.0 / 3;
        series = series * s2 + 1.0 / 1;
        var lnM = 2 * s * series;
        return exponent * Ln2Hi + (lnM + exponent * Ln2Lo);
    }

    /// <summary>
    /// e^x: x = k·ln 2 + r with |r| ≤ ½ln 2 (k by round-to-nearest, r by the exact split of ln 2), then e^r by its
    /// Taylor series to r¹⁷ in Horner form (the next term is below 10⁻¹⁹ of the sum), scaled by 2^k built from bits.
    /// Plain multiplications and additions only (no fused multiply-add), so a GPU that is kept from contracting
    /// them gives the same bits. Within 2 ulp of the true value; 0 below e^−708.4 (the normal range) and +∞ above
    /// e^709.78.
    /// </summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        if (x > LargestArgument)
        {
            return double.PositiveInfinity;
        }
        if (x < SmallestArgument)
        {
            return 0;
        }
        var k = Math.Round(x * InverseLn2); // to even (the overload with a MidpointRounding does not compile for a GPU)
        var r = (x - k * Ln2Hi) - k * Ln2Lo;
        // Σ r^n / n! for n = 17 down to 0, in Horner form; the coefficients are constants the compiler divides out
        // (exact factorials, a correctly rounded division, as at run time): no division per term.
        var series = 1.0 / 355687428096000.0; // 1/17!
        series = series * r + 1.0 / 20922789888000.0; // 1/16!
        series = series * r + 1.0 / 1307674368000.0; // 1/15!
        series = series * r + 1.0 / 87178291200.0; // 1/14!
        series = series * r + 1.0 / 6227020800.0; // 1/13!
        series = series * r + 1.0 / 479001600.0; // 1/12!
        series = series * r + 1.0 / 39916800.0; // 1/11!
        series = series * r + 1.0 / 3628800.0; // 1/10!
        series = series * r + 1.0 / 362880.0; // 1/9!
        series = series * r + 1.0 / 40320.0; // 1/8!
        series = series * r + 1.0 / 5040.0; // 1/7!
        series = series * r + 1.0 / 720.0; // 1/6!
        series = series * r + 1.0 / 120.0; // 1/5!
        series = series * r + 1.0 / 24.0; // 1/4!
        series = series * r + 1.0 / 6.0; // 1/3!
        series = series * r + 1.0 / 2.0; // 1/2!
        series = series * r + 1.0 / 1.0; // 1/1!
        var expR = series * r + 1.0;
        // 2^k in two halves, so that k = 1024 (x just below the largest argument, e^r below 1) stays finite.
        var half = (long)k / 2;
        var scaleA = BitConverter.Int64BitsToDouble((half + 1023) << 52);
        var scaleB = BitConverter.Int64BitsToDouble(((long)k - half + 1023) << 52);
        return expR * scaleA * scaleB;
    }
}
