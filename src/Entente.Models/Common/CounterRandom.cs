namespace Entente.Models.Common;

/// <summary>
/// A counter-based random stream: draw k of stream (seed, trial) is a pure function of the three numbers,
/// so results do not depend on thread count, order of execution, or whether the CPU, a GPU kernel or a
/// cluster node computes them. The mixing function is SplitMix64's finaliser applied to a Weyl sequence
/// over the key, which is cheap enough for GPU kernels and passes BigCrush as a stream generator.
/// </summary>
public struct CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;
    private ulong _counter;

    /// <summary>The stream of draws for <paramref name="trial"/> under <paramref name="seed"/>.</summary>
    public CounterRandom(ulong seed, ulong trial)
    {
        _key = Mix(Mix(seed) ^ unchecked(trial * Golden + 0xD1B54A32D192ED03UL));
        _counter = 0;
    }

    /// <summary>How many draws this stream has made.</summary>
    public readonly ulong Counter => _counter;

    /// <summary>The k-th 64-bit draw of stream (seed, trial), without advancing any state.</summary>
    public static ulong At(ulong seed, ulong trial, ulong k) => new CounterRandom(seed, trial).Peek(k);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => Peek(_counter++);

    /// <summary>A uniform draw from [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform draw from [0, 1) at index <paramref name="k"/> of the stream, without advancing it.</summary>
    public readonly double NextDoubleAt(ulong k) => (Peek(k) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer from [0, <paramref name="bound"/>); bound must be positive.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        // Lemire's multiply-shift: unbiased enough for bounds far below 2^32 and free of division.
        return (int)((NextUInt64() >> 32) * (ulong)bound >> 32);
    }

    /// <summary>A standard normal draw (Box-Muller; consumes two draws).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private readonly ulong Peek(ulong k) => Mix(unchecked(_key + (k + 1) * Golden));

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
