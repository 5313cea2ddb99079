namespace Entente.Domain.Diplomacy;

/// <summary>
/// A perception gap: what <see cref="Observer"/> believes about <see cref="Actor"/>'s stance on
/// <see cref="Issue"/>, and how firmly. Pairs no perception names are seen as they are, with infinite
/// confidence (complete information), unless the diplomacy settings give a finite default confidence.
/// </summary>
public sealed record Perception
{
    /// <summary>The actor who holds the belief.</summary>
    public required string Observer { get; init; }

    /// <summary>The actor the belief is about.</summary>
    public required string Actor { get; init; }

    /// <summary>The issue.</summary>
    public required string Issue { get; init; }

    /// <summary>Believed position on the issue's scale; null keeps the true position.</summary>
    public double? Position { get; init; }

    /// <summary>Believed salience on the scenario's salience scale; null keeps the true salience.</summary>
    public double? Salience { get; init; }

    /// <summary>Confidence κ in pseudo-observations (at least 0); null is infinite: the belief never moves.</summary>
    public double? Confidence { get; init; }
}
