namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// The terms of a threat or promise that do not vary with the sender's type (specification §4.1, §4.3).
/// All are in the layer's utility unit (salience-weighted fractions of an issue's range).
/// </summary>
public sealed record ClaimTerms
{
    /// <summary>p: the probability that carrying out a threat succeeds (threats only; default 0.5).</summary>
    public double Success { get; init; } = 0.5;

    /// <summary>W_S: the honour scale; a type of reciprocity q earns q·W for keeping its word (default 0.5).</summary>
    public double HonourScale { get; init; } = 0.5;

    /// <summary>a: the contradiction cost of the claim as the observer sees it, α_aud·A + RS: tying hands.</summary>
    public double AudienceCost { get; init; }

    /// <summary>k: a cost paid on sending, whatever follows: sinking costs.</summary>
    public double Sunk { get; init; }

    /// <summary>ω: what the sender loses when the receiver, believing the claim, reorients against it (threats only).</summary>
    public double Reaction { get; init; }

    /// <summary>f: the receiver's face cost of yielding to a public demand (threats only).</summary>
    public double Face { get; init; }

    /// <summary>
    /// When the sender is a faction of a composite: how its own decision moves the composite's (A18). Null for a
    /// unitary sender, whose decision is the action.
    /// </summary>
    public Factions.FactionVote? Vote { get; init; }
}
