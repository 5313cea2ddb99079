namespace Entente.Cli.Tests.Fuzz;

/// <summary>A seeded SplitMix64: the same seed gives the same inputs on every machine, so a failure can be replayed.</summary>
internal sealed class FuzzRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A whole number in [0, <paramref name="bound"/>).</summary>
    public int Below(int bound) => bound <= 1 ? 0 : (int)(Next() % (ulong)bound);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
