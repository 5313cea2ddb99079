using System.Runtime.Intrinsics;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// <see cref="StanceDraws"/>' finishing formulas (a normal draw to a position, a salience, a capability's exponent)
/// over a row of participants, eight lanes at a time where the hardware has 512-bit vectors and the row is that long:
/// each lane by the scalar's operations in its order (a comparison for σ &gt; 0 and for each clamp, unfused products),
/// so each gives its bits; else the scalar formulas themselves.
/// </summary>
internal static class StanceDrawLanes
{
    private static bool Applies(int n) => Vector512.IsHardwareAccelerated && n >= Vector512<double>.Count;

    /// <summary><see cref="StanceDraws.PositionFrom"/> of each participant into <paramref name="into"/>.</summary>
    public static void Positions(ReadOnlySpan<double> position, ReadOnlySpan<double> sigma, ReadOnlySpan<double> width, ReadOnlySpan<double> min,
        ReadOnlySpan<double> max, ReadOnlySpan<double> gaussians, Span<double> into)
    {
        var n = into.Length;
        if (!Applies(n))
        {
            for (var p = 0; p < n; p++)
            {
                into[p] = StanceDraws.PositionFrom(position[p], sigma[p], width[p], min[p], max[p], gaussians[p]);
            }
            return;
        }
        var width8 = Vector512<double>.Count;
        // The last vector overlaps the one before rather than leaving a scalar tail: a lane computed twice is the same.
        for (var start = 0; start < n; start += width8)
        {
            var at = Math.Min(start, n - width8);
            var s = Vector512.Create(sigma.Slice(at, width8));
            var moved = Vector512.Create(position.Slice(at, width8)) + Draw(s, Vector512.Create(gaussians.Slice(at, width8))) * s * Vector512.Create(width.Slice(at, width8));
            Clamp(moved, Vector512.Create(min.Slice(at, width8)), Vector512.Create(max.Slice(at, width8))).CopyTo(into.Slice(at, width8));
        }
    }

    /// <summary><see cref="StanceDraws.SalienceFrom"/> of each participant over <paramref name="ceiling"/> (on 0-1, as models see it) into <paramref name="into"/>.</summary>
    public static void Saliences(ReadOnlySpan<double> salience, ReadOnlySpan<double> sigma, double ceiling, ReadOnlySpan<double> gaussians, Span<double> into)
    {
        var n = into.Length;
        if (!Applies(n))
        {
            for (var p = 0; p < n; p++)
            {
                into[p] = StanceDraws.SalienceFrom(salience[p], sigma[p], ceiling, gaussians[p]) / ceiling;
            }
            return;
        }
        var width = Vector512<double>.Count;
        var top = Vector512.Create(ceiling);
        for (var start = 0; start < n; start += width)
        {
            var at = Math.Min(start, n - width);
            var s = Vector512.Create(sigma.Slice(at, width));
            var moved = Vector512.Create(salience.Slice(at, width)) + Draw(s, Vector512.Create(gaussians.Slice(at, width))) * s * top;
            (Clamp(moved, Vector512<double>.Zero, top) / top).CopyTo(into.Slice(at, width));
        }
    }

    /// <summary><see cref="StanceDraws.CapabilityExponent"/> of each participant into <paramref name="into"/>.</summary>
    public static void CapabilityExponents(ReadOnlySpan<double> sigma, ReadOnlySpan<double> gaussians, Span<double> into)
    {
        var n = into.Length;
        if (!Applies(n))
        {
            for (var p = 0; p < n; p++)
            {
                into[p] = StanceDraws.CapabilityExponent(sigma[p], gaussians[p]);
            }
            return;
        }
        var width = Vector512<double>.Count;
        for (var start = 0; start < n; start += width)
        {
            var at = Math.Min(start, n - width);
            var s = Vector512.Create(sigma.Slice(at, width));
            (Draw(s, Vector512.Create(gaussians.Slice(at, width))) * s).CopyTo(into.Slice(at, width));
        }
    }

    /// <summary>The draw where σ &gt; 0, else +0 (the scalar's literal 0).</summary>
    private static Vector512<double> Draw(Vector512<double> sigma, Vector512<double> gaussian) =>
        Vector512.ConditionalSelect(Vector512.GreaterThan(sigma, Vector512<double>.Zero), gaussian, Vector512<double>.Zero);

    /// <summary>value &lt; min ? min : value &gt; max ? max : value, lane by lane (NaN passes through, as in the scalar).</summary>
    private static Vector512<double> Clamp(Vector512<double> value, Vector512<double> min, Vector512<double> max) =>
        Vector512.ConditionalSelect(Vector512.LessThan(value, min), min, Vector512.ConditionalSelect(Vector512.GreaterThan(value, max), max, value));
}
