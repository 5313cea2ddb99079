namespace Entente.Domain.Strategic;

/// <summary>
/// A faction's traits in the layer (specification §2.1): whether it observes and learns on its own, and where its
/// audience capacity, honour scale and reputation weight differ from its actor's. Factions themselves (names,
/// weights, positions) are declared on the actor.
/// </summary>
public sealed record FactionTraits
{
    /// <summary>The faction's name, as declared on its actor.</summary>
    public required string Name { get; init; }

    /// <summary>Its weight, when the layer repeats it (it must equal the actor's declaration).</summary>
    public double? Weight { get; init; }

    /// <summary>Whether the faction is an observer: it hears public signals, holds beliefs and learns.</summary>
    public bool Observer { get; init; }

    /// <summary>A_f; the actor's when absent.</summary>
    public double? AudienceCapacity { get; init; }

    /// <summary>W_f; the actor's when absent.</summary>
    public double? HonourScale { get; init; }

    /// <summary>ψ_f; the actor's when absent.</summary>
    public double? Psi { get; init; }
}
