using Entente.Models.Diplomacy.Randomness;

namespace Entente.Simulation.Execution;

/// <summary>
/// One named stream of the counter-based generator of the diplomacy specification §12: draw k of stream
/// <see cref="Name"/> in trial t under seed s is Mix64(Mix64(Mix64(Mix64(s ⊕ φ) ⊕ t) ⊕ FNV-1a(name)) ⊕ k), the same
/// function as <see cref="NamedStreams.U64"/>, with the name's hash taken once. Streams are keyed by name, so a new
/// stream never shifts another's draws.
/// </summary>
internal readonly struct RandomStream : IEquatable<RandomStream>
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _nameHash;

    /// <summary>The stream called <paramref name="name"/>.</summary>
    public RandomStream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        _nameHash = NamedStreams.Fnv1a64(name);
    }

    /// <summary>The stream's name, such as <c>noise/position/DE/tax</c>.</summary>
    public string Name { get; }

    /// <summary>The key of trial <paramref name="trial"/> under <paramref name="seed"/>: the part of every draw that streams share.</summary>
    public static ulong TrialKey(ulong seed, ulong trial) => NamedStreams.Mix64(SeedKey(seed) ^ trial);

    /// <summary>The part of every trial's key that depends on the seed alone: a trial's key is Mix64 of it ⊕ the trial.</summary>
    public static ulong SeedKey(ulong seed) => NamedStreams.Mix64(seed ^ Golden);

    /// <summary>The 64 bits of draw <paramref name="index"/> in the trial keyed <paramref name="trialKey"/>.</summary>
    public ulong Bits(ulong trialKey, ulong index = 0) => Bits(_nameHash, trialKey, index);

    /// <summary>The hash of the stream's name: with a trial key and an index, all a device needs to draw from it.</summary>
    public ulong NameHash => _nameHash;

    /// <summary>The 64 bits of draw <paramref name="index"/> of the stream whose name hashes to <paramref name="nameHash"/>.</summary>
    public static ulong Bits(ulong nameHash, ulong trialKey, ulong index) => NamedStreams.Mix64(NamedStreams.Mix64(trialKey ^ nameHash) ^ index);

    /// <summary>
    /// The standard normal draw <paramref name="index"/> of the stream whose name hashes to <paramref name="nameHash"/>:
    /// static and allocation-free, so a GPU kernel calls this very method.
    /// </summary>
    public static double Gaussian(ulong nameHash, ulong trialKey, ulong index) =>
        InverseNormal.Quantile(((Bits(nameHash, trialKey, index) >> 12) + 0.5) * (1.0 / (1UL << 52)));

    /// <summary>
    /// A uniform draw strictly inside (0, 1): (⌊bits / 2¹²⌋ + ½) / 2⁵², so neither end is reached and the normal
    /// quantile of it is finite (|z| &lt; 8.3).
    /// </summary>
    public double OpenUniform(ulong trialKey, ulong index = 0) => ((Bits(_nameHash, trialKey, index) >> 12) + 0.5) * (1.0 / (1UL << 52));

    /// <summary>A standard normal draw: the inverse normal of <see cref="OpenUniform"/> (one draw of the stream, no platform log).</summary>
    public double Gaussian(ulong trialKey, ulong index = 0) => Gaussian(_nameHash, trialKey, index);

    /// <inheritdoc />
    public bool Equals(RandomStream other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RandomStream other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name ?? "");

    /// <summary>Equal names.</summary>
    public static bool operator ==(RandomStream left, RandomStream right) => left.Equals(right);

    /// <summary>Different names.</summary>
    public static bool operator !=(RandomStream left, RandomStream right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Name;
}
