namespace Entente.Domain.Strategic;

/// <summary>An actor's traits in the layer, where they differ from the defaults.</summary>
public sealed record ActorTraits
{
    /// <summary>The actor.</summary>
    public required string Actor { get; init; }

    /// <summary>A: what an on-record reversal costs its leader.</summary>
    public double? AudienceCapacity { get; init; }

    /// <summary>W: its honour scale.</summary>
    public double? HonourScale { get; init; }

    /// <summary>κ: its cost of conflict.</summary>
    public double? ConflictCost { get; init; }

    /// <summary>ψ: how much it values its reputation.</summary>
    public double? Psi { get; init; }

    /// <summary>The traits of its factions (a composite actor), by name.</summary>
    public ValueList<FactionTraits> Factions { get; init; } = ValueList<FactionTraits>.Empty;
}
