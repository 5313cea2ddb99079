namespace Entente.Models.Diplomacy.Randomness;

/// <summary>
/// The diplomacy layer's counter-based generator (specification §12): every draw is a pure function of
/// (seed, trial, stream name, k). Streams are keyed by names such as <c>type/US/q</c> rather than by
/// position, so adding an actor or a signal leaves every other stream's draws unchanged, and a paired
/// comparison of two variants draws the same types in the same trial.
/// </summary>
public static class NamedStreams
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>SplitMix64's finaliser.</summary>
    public static ulong Mix64(ulong z)
    {
        unchecked
        {
            z ^= z >> 30;
            z *= 0xBF58476D1CE4E5B9UL;
            z ^= z >> 27;
            z *= 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return z;
        }
    }

    /// <summary>FNV-1a over the UTF-8 bytes of <paramref name="stream"/>.</summary>
    public static ulong Fnv1a64(string stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var h = FnvOffset;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in stream.EnumerateRunes())
        {
            var n = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < n; i++)
            {
                h = unchecked((h ^ buffer[i]) * FnvPrime);
            }
        }
        return h;
    }

    /// <summary>The 64 random bits of draw <paramref name="k"/> of stream <paramref name="stream"/> in a trial.</summary>
    public static ulong U64(ulong seed, ulong trial, string stream, ulong k = 0) =>
        Mix64(Mix64(Mix64(Mix64(seed ^ Golden) ^ trial) ^ Fnv1a64(stream)) ^ k);

    /// <summary>A uniform draw from [0, 1) with 53 random bits.</summary>
    public static double Uniform(ulong seed, ulong trial, string stream, ulong k = 0) =>
        (U64(seed, trial, stream, k) >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// The index drawn from <paramref name="probabilities"/> by <paramref name="u"/>: the smallest i with
    /// u &lt; p₀ + … + pᵢ (sums left to right), else the last index with positive probability (rounding).
    /// </summary>
    public static int DrawIndex(ReadOnlySpan<double> probabilities, double u)
    {
        var cumulative = 0.0;
        var last = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] > 0)
            {
                last = i;
            }
            cumulative += probabilities[i];
            if (u < cumulative)
            {
                return i;
            }
        }
        return last;
    }
}
