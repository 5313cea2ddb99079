using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Simulation.Execution;

/// <summary>
/// Many draws at once, eight lanes at a time where the hardware has 512-bit vectors: the normal draws of many streams
/// in one trial (<see cref="RandomStream.Gaussian(ulong, ulong, ulong)"/>) and e^x of many arguments
/// (<see cref="PortableMath.Exp"/>), each lane by the same IEEE operations in the same order as the scalar code
/// (vector multiplies and adds are never fused), so each gives the scalar's bits; where the vectors are missing or
/// the row is short, the scalar code itself. A flat sweep's trial is mostly these draws.
/// </summary>
internal static class DrawLanes
{
    private const ulong MixA = 0xBF58476D1CE4E5B9UL, MixB = 0x94D049BB133111EBUL;

    /// <summary>Whether the lanes run (else every call is the scalar loop).</summary>
    public static bool Accelerated => Vector512.IsHardwareAccelerated;

    /// <summary>
    /// Draw 0 of each stream whose name hashes to <paramref name="streams"/>[i], in the trial keyed
    /// <paramref name="trialKey"/>. <paramref name="uniforms"/> and <paramref name="tailAt"/> are scratch as long as the
    /// streams. Three passes: the open uniforms and the quantile's central formula for every draw, in lanes, without a
    /// branch on the data (so the processor overlaps the vectors' long chains); the draws beyond the centre (some 15%)
    /// listed without a branch; their tail formula (logarithm, root, divisions) eight at a time.
    /// </summary>
    public static void Gaussians(ReadOnlySpan<ulong> streams, ulong trialKey, Span<double> draws, Span<double> uniforms, Span<int> tailAt)
    {
        var n = streams.Length;
        if (!Accelerated)
        {
            for (var i = 0; i < n; i++)
            {
                draws[i] = RandomStream.Gaussian(streams[i], trialKey, 0);
            }
            return;
        }
        var width = Vector512<double>.Count;
        var key = Vector512.Create(trialKey);
        var half = Vector512.Create(0.5);
        if (n >= width)
        {
            // The last vector overlaps the one before rather than leaving a scalar tail: a lane computed twice is the same.
            for (var start = 0; start < n; start += width)
            {
                var at = Math.Min(start, n - width);
                var p = Uniform(Vector512.Create(streams.Slice(at, width)), key);
                p.CopyTo(uniforms.Slice(at, width));
                Central(p - half).CopyTo(draws.Slice(at, width));
            }
        }
        else
        {
            // A row shorter than a vector is padded; the extra lanes are dropped.
            Span<ulong> padded = stackalloc ulong[Vector512<ulong>.Count];
            Span<double> lanes = stackalloc double[Vector512<double>.Count];
            padded.Clear();
            streams.CopyTo(padded);
            var p = Uniform(Vector512.Create(padded), key);
            p.CopyTo(lanes);
            lanes[..n].CopyTo(uniforms);
            Central(p - half).CopyTo(lanes);
            lanes[..n].CopyTo(draws);
        }
        // The tail's draws, listed by writing every index and keeping those beyond the centre: the same test as the
        // quantile's (|p − ½| against 0.425, the same IEEE subtraction), and no branch to mispredict.
        var found = 0;
        for (var i = 0; i < n; i++)
        {
            tailAt[found] = i;
            found += Math.Abs(uniforms[i] - 0.5) > 0.425 ? 1 : 0;
        }
        Tails(uniforms, draws, tailAt[..found]);
    }

    /// <summary>
    /// The quantile's tail formula for the draws listed in <paramref name="tailAt"/> (indices into
    /// <paramref name="uniforms"/> and <paramref name="draws"/>), gathered eight at a time into full vectors.
    /// </summary>
    internal static void Tails(ReadOnlySpan<double> uniforms, Span<double> draws, ReadOnlySpan<int> tailAt)
    {
        var width = Vector512<double>.Count;
        var half = Vector512.Create(0.5);
        Span<double> gathered = stackalloc double[Vector512<double>.Count];
        for (var start = 0; start < tailAt.Length; start += width)
        {
            var count = Math.Min(width, tailAt.Length - start);
            // Spare lanes get a harmless p (their values are dropped).
            gathered.Fill(0.25);
            for (var k = 0; k < count; k++)
            {
                gathered[k] = uniforms[tailAt[start + k]];
            }
            var p = Vector512.Create(gathered);
            Tail(p, p - half).CopyTo(gathered);
            for (var k = 0; k < count; k++)
            {
                draws[tailAt[start + k]] = gathered[k];
            }
        }
    }

    /// <summary><see cref="PortableMath.Exp"/> of each of <paramref name="arguments"/> into <paramref name="results"/>.</summary>
    public static void Exp(ReadOnlySpan<double> arguments, Span<double> results)
    {
        var n = arguments.Length;
        var width = Vector512<double>.Count;
        if (!Accelerated)
        {
            for (var i = 0; i < n; i++)
            {
                results[i] = PortableMath.Exp(arguments[i]);
            }
            return;
        }
        if (n < width)
        {
            Span<double> padded = stackalloc double[Vector512<double>.Count];
            padded.Clear();
            arguments.CopyTo(padded);
            Exp(Vector512.Create(padded)).CopyTo(padded);
            padded[..n].CopyTo(results);
            return;
        }
        for (var start = 0; start < n; start += width)
        {
            var at = Math.Min(start, n - width);
            Exp(Vector512.Create(arguments.Slice(at, width))).CopyTo(results.Slice(at, width));
        }
    }

    /// <summary>RandomStream's open uniform of draw 0, lane by lane: Bits(nameHash, key, 0) = Mix64(Mix64(key ⊕ nameHash) ⊕ 0), then (⌊bits / 2¹²⌋ + ½) / 2⁵².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> Uniform(Vector512<ulong> streams, Vector512<ulong> trialKey)
    {
        var bits = Mix64(Mix64(trialKey ^ streams));
        // Below 2^52, so the conversion is exact, as the scalar's is.
        return (Vector512.ConvertToDouble(Vector512.ShiftRightLogical(bits, 12)) + Vector512.Create(0.5)) * Vector512.Create(1.0 / (1UL << 52));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<ulong> Mix64(Vector512<ulong> z)
    {
        z ^= Vector512.ShiftRightLogical(z, 30);
        z *= Vector512.Create(MixA);
        z ^= Vector512.ShiftRightLogical(z, 27);
        z *= Vector512.Create(MixB);
        z ^= Vector512.ShiftRightLogical(z, 31);
        return z;
    }

    /// <summary>
    /// <see cref="InverseNormal.Quantile"/> for p strictly inside (0, 1), which every open uniform draw is (so the
    /// scalar's checks of the ends never apply): the central formula where |p − ½| ≤ 0.425, else the tail's.
    /// </summary>
    internal static Vector512<double> Quantile(Vector512<double> p)
    {
        var q = p - Vector512.Create(0.5);
        var inCentre = Vector512.LessThanOrEqual(Vector512.Abs(q), Vector512.Create(0.425));
        return Vector512.ConditionalSelect(inCentre, Central(q), Tail(p, q));
    }

    /// <summary>The quantile's central formula, of q = p − ½.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> Central(Vector512<double> q)
    {
        var r = Vector512.Create(0.180625) - q * q;
        return q * (((((((Vector512.Create(2.5090809287301226727e+3) * r + Vector512.Create(3.3430575583588128105e+4)) * r
                    + Vector512.Create(6.7265770927008700853e+4)) * r + Vector512.Create(4.5921953931549871457e+4)) * r
                    + Vector512.Create(1.3731693765509461125e+4)) * r + Vector512.Create(1.9715909503065514427e+3)) * r
                    + Vector512.Create(1.3314166789178437745e+2)) * r + Vector512.Create(3.3871328727963666080e+0))
            / (((((((Vector512.Create(5.2264952788528545610e+3) * r + Vector512.Create(2.8729085735721942674e+4)) * r
                    + Vector512.Create(3.9307895800092710610e+4)) * r + Vector512.Create(2.1213794301586595867e+4)) * r
                    + Vector512.Create(5.3941960214247511077e+3)) * r + Vector512.Create(6.8718700749205790830e+2)) * r
                    + Vector512.Create(4.2313330701600911252e+1)) * r + Vector512.Create(1.0));
    }

    /// <summary>
    /// The quantile's tail formulas, of p and q = p − ½: t = √(−ln min(p, 1 − p)), the near tail's rational function
    /// of t − 1.6 up to t = 5, the far tail's of t − 5 beyond (computed only where a lane is that far: p below 1e-11).
    /// </summary>
    internal static Vector512<double> Tail(Vector512<double> p, Vector512<double> q)
    {
        var below = Vector512.LessThan(q, Vector512<double>.Zero);
        var tail = Vector512.ConditionalSelect(below, p, Vector512.Create(1.0) - p);
        var t = Vector512.Sqrt(Negate(Log(tail)));
        var near = t - Vector512.Create(1.6);
        var value = (((((((Vector512.Create(7.74545014278341407640e-4) * near + Vector512.Create(2.27238449892691845833e-2)) * near
                    + Vector512.Create(2.41780725177450611770e-1)) * near + Vector512.Create(1.27045825245236838258e+0)) * near
                    + Vector512.Create(3.64784832476320460504e+0)) * near + Vector512.Create(5.76949722146069140550e+0)) * near
                    + Vector512.Create(4.63033784615654529590e+0)) * near + Vector512.Create(1.42343711074968357734e+0))
            / (((((((Vector512.Create(1.05075007164441684324e-9) * near + Vector512.Create(5.47593808499534494600e-4)) * near
                    + Vector512.Create(1.51986665636164571966e-2)) * near + Vector512.Create(1.48103976427480074590e-1)) * near
                    + Vector512.Create(6.89767334985100004550e-1)) * near + Vector512.Create(1.67638483018380384940e+0)) * near
                    + Vector512.Create(2.05319162663775882187e+0)) * near + Vector512.Create(1.0));
        var isNear = Vector512.LessThanOrEqual(t, Vector512.Create(5.0));
        if (isNear.ExtractMostSignificantBits() != (1UL << Vector512<double>.Count) - 1)
        {
            var far = t - Vector512.Create(5.0);
            var farValue = (((((((Vector512.Create(2.01033439929228813265e-7) * far + Vector512.Create(2.71155556874348757815e-5)) * far
                        + Vector512.Create(1.24266094738807843860e-3)) * far + Vector512.Create(2.65321895265761230930e-2)) * far
                        + Vector512.Create(2.96560571828504891230e-1)) * far + Vector512.Create(1.78482653991729133580e+0)) * far
                        + Vector512.Create(5.46378491116411436990e+0)) * far + Vector512.Create(6.65790464350110377720e+0))
                / (((((((Vector512.Create(2.04426310338993978564e-15) * far + Vector512.Create(1.42151175831644588870e-7)) * far
                        + Vector512.Create(1.84631831751005468180e-5)) * far + Vector512.Create(7.86869131145613259100e-4)) * far
                        + Vector512.Create(1.48753612908506148525e-2)) * far + Vector512.Create(1.36929880922735805310e-1)) * far
                        + Vector512.Create(5.99832206555887937690e-1)) * far + Vector512.Create(1.0));
            value = Vector512.ConditionalSelect(isNear, value, farValue);
        }
        return Vector512.ConditionalSelect(below, Negate(value), value);
    }

    /// <summary>The sign flipped, as the scalar's unary minus flips it (a subtraction from 0 would turn −0 into +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Negate(Vector512<double> x) => x ^ Vector512.Create(-0.0);

    /// <summary>
    /// <see cref="PortableMath.Log"/> for positive normal arguments, which the tail of an open uniform draw always is
    /// (at least 2^−53): the scalar's path for those, without its cases for 0, ∞, NaN and subnormals.
    /// </summary>
    private static Vector512<double> Log(Vector512<double> x)
    {
        var bits = x.AsInt64();
        var exponent = Vector512.ConvertToDouble((Vector512.ShiftRightLogical(bits, 52) & Vector512.Create(0x7FFL)) - Vector512.Create(1023L));
        var m = ((bits & Vector512.Create(0x000F_FFFF_FFFF_FFFFL)) | Vector512.Create(0x3FF0_0000_0000_0000L)).AsDouble();
        var high = Vector512.GreaterThan(m, Vector512.Create(1.4142135623730951));
        m = Vector512.ConditionalSelect(high, m * Vector512.Create(0.5), m);
        exponent = Vector512.ConditionalSelect(high, exponent + Vector512.Create(1.0), exponent);
        var one = Vector512.Create(1.0);
        var s = (m - one) / (m + one);
        var s2 = s * s;
        var series = Vector512.Create(1.0 / 25);
        series = series * s2 + Vector512.Create(1.0 / 23);
        series = series * s2 + Vector512.Create(1.0 / 21);
        series = series * s2 + Vector512.Create(1.0 / 19);
        series = series * s2 + Vector512.Create(1.0 / 17);
        series = series * s2 + Vector512.Create(1.0 / 15);
        series = series * s2 + Vector512.Create(1.0 / 13);
        series = series * s2 + Vector512.Create(1.0 / 11);
        series = series * s2 + Vector512.Create(1.0 / 9);
        series = series * s2 + Vector512.Create(1.0 / 7);
        series = series * s2 + Vector512.Create(1.0 / 5);
        series = series * s2 + Vector512.Create(1.0 / 3);
        series = series * s2 + Vector512.Create(1.0 / 1);
        var lnM = Vector512.Create(2.0) * s * series;
        return exponent * Vector512.Create(6.93147180369123816490e-01) + (lnM + exponent * Vector512.Create(1.90821492927058770002e-10));
    }

    /// <summary><see cref="PortableMath.Exp"/> lane by lane, its ends (NaN, overflow, below the normal range) included.</summary>
    internal static Vector512<double> Exp(Vector512<double> x)
    {
        var k = Vector512.Round(x * Vector512.Create(1.4426950408889634));
        var r = (x - k * Vector512.Create(6.93147180369123816490e-01)) - k * Vector512.Create(1.90821492927058770002e-10);
        var series = Vector512.Create(1.0 / 355687428096000.0);
        series = series * r + Vector512.Create(1.0 / 20922789888000.0);
        series = series * r + Vector512.Create(1.0 / 1307674368000.0);
        series = series * r + Vector512.Create(1.0 / 87178291200.0);
        series = series * r + Vector512.Create(1.0 / 6227020800.0);
        series = series * r + Vector512.Create(1.0 / 479001600.0);
        series = series * r + Vector512.Create(1.0 / 39916800.0);
        series = series * r + Vector512.Create(1.0 / 3628800.0);
        series = series * r + Vector512.Create(1.0 / 362880.0);
        series = series * r + Vector512.Create(1.0 / 40320.0);
        series = series * r + Vector512.Create(1.0 / 5040.0);
        series = series * r + Vector512.Create(1.0 / 720.0);
        series = series * r + Vector512.Create(1.0 / 120.0);
        series = series * r + Vector512.Create(1.0 / 24.0);
        series = series * r + Vector512.Create(1.0 / 6.0);
        series = series * r + Vector512.Create(1.0 / 2.0);
        series = series * r + Vector512.Create(1.0 / 1.0);
        var expR = series * r + Vector512.Create(1.0);
        // 2^k in two halves as the scalar takes them; k / 2 rounds toward zero, as the scalar's long division does.
        // Lanes out of range convert to nonsense here and are replaced below.
        var whole = Vector512.ConvertToInt64(k);
        var half = Vector512.ShiftRightArithmetic(whole - Vector512.ShiftRightArithmetic(whole, 63), 1);
        var scaleA = Vector512.ShiftLeft(half + Vector512.Create(1023L), 52).AsDouble();
        var scaleB = Vector512.ShiftLeft(whole - half + Vector512.Create(1023L), 52).AsDouble();
        var value = expR * scaleA * scaleB;
        value = Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512.Create(-708.3964185322641)), Vector512<double>.Zero, value);
        value = Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512.Create(709.782712893384)), Vector512.Create(double.PositiveInfinity), value);
        return Vector512.ConditionalSelect(Vector512.Equals(x, x), value, x);
    }
}
