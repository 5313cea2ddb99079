namespace Entente.Domain.Diplomacy;

/// <summary>
/// A part of a composite actor (a president, a secretary of state, a congress) with its weight and its
/// own positions; the actor stands at the factions' weighted mean and carries capability × unity.
/// </summary>
public sealed record Faction
{
    /// <summary>The faction's name, unique within its actor.</summary>
    public required string Name { get; init; }

    /// <summary>Its weight within the actor (positive).</summary>
    public required double Weight { get; init; }

    /// <summary>Its positions per issue; an issue it does not list takes the actor's stance position.</summary>
    public ValueList<FactionPosition> Positions { get; init; } = ValueList<FactionPosition>.Empty;
}

/// <summary>Where one faction stands on one issue.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Position">The position on the issue's scale.</param>
public sealed record FactionPosition(string Issue, double Position);
