namespace Entente.Domain;

/// <summary>
/// How uncertain the expert coding of one stance is: standard deviations used by Monte Carlo sweeps
/// in place of the sweep's global noise. A field left out takes the sweep's value.
/// </summary>
public sealed record StanceNoise
{
    /// <summary>Standard deviation of the position, as a fraction of the scale width.</summary>
    public double? Position { get; init; }

    /// <summary>Standard deviation of the salience, on the 0-1 scale.</summary>
    public double? Salience { get; init; }

    /// <summary>Standard deviation of the logarithm of the capability (multiplicative noise).</summary>
    public double? Capability { get; init; }

    /// <summary>
    /// The largest standard deviation of log capability a sweep accepts. The normal draws reach about ±8.3, so a
    /// capability (at most 10¹²) is multiplied by at most e^83 ≈ 10³⁶: sums of products of such weights stay finite.
    /// Beyond it the noise says nothing a smaller one does not (e^±10 per standard deviation) and the arithmetic overflows.
    /// </summary>
    public const double LargestCapabilitySigma = 10;
}
