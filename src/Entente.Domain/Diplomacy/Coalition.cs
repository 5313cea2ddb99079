namespace Entente.Domain.Diplomacy;

/// <summary>A named group of actors that may vote as a block while its members stay close together.</summary>
public sealed record Coalition
{
    /// <summary>Identifier of the coalition.</summary>
    public required string Id { get; init; }

    /// <summary>Display name; the id when none is given.</summary>
    public required string Name { get; init; }

    /// <summary>The member actors.</summary>
    public required ValueList<string> Members { get; init; }

    /// <summary>Whether the members declare a joint position: then they vote as one block of pooled c·s while cohesive.</summary>
    public bool JointPosition { get; init; }

    /// <summary>The cohesion band as a share of Δ; null takes the scenario's diplomacy setting.</summary>
    public double? CohesionBand { get; init; }
}
