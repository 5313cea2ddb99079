using Entente.Domain.Diplomacy;

namespace Entente.Domain;

/// <summary>A party to the negotiation: a state, an institution, a faction or a person.</summary>
public sealed record Actor
{
    /// <summary>Short identifier that other parts of the scenario refer to.</summary>
    public required string Id { get; init; }

    /// <summary>Display name; the id when none is given.</summary>
    public required string Name { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Capability (power, clout) on every issue, unless a stance overrides it for one issue.
    /// Capabilities are relative: only their ratios matter.
    /// </summary>
    public double? Capability { get; init; }

    /// <summary>
    /// Optional fixed risk attitude as a risk exponent (1 neutral, below 1 risk-acceptant,
    /// above 1 risk-averse); models that estimate risk themselves use it only where documented.
    /// </summary>
    public double? RiskAttitude { get; init; }

    /// <summary>Groups the actor belongs to (a bloc, a coalition, a party family).</summary>
    public ValueList<string> Groups { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The factions of a composite actor (empty for a unitary one): the actor stands at their weighted mean
    /// and carries its capability times its unity.
    /// </summary>
    public ValueList<Faction> Factions { get; init; } = ValueList<Faction>.Empty;

    /// <summary>Reputation ρ at the start, 0-1: how far others trust its signals; null is 1.</summary>
    public double? Reputation { get; init; }
}
