namespace Entente.Domain.Strategic;

/// <summary>
/// The layer's parameters with the specification's defaults (§14). Utilities are salience-weighted
/// fractions of an issue's range; capacities, costs and scales share that unit.
/// </summary>
public sealed record LayerParameters
{
    /// <summary>A: what an on-record reversal costs a leader.</summary>
    public double AudienceCapacity { get; init; } = 0.3;

    /// <summary>W: the honour scale; a type of reciprocity q earns q·W for keeping its word.</summary>
    public double HonourScale { get; init; } = 0.5;

    /// <summary>κ: an actor's cost of conflict.</summary>
    public double ConflictCost { get; init; } = 0.3;

    /// <summary>ψ: how much an actor values its reputation for reciprocity.</summary>
    public double Psi { get; init; } = 0.25;

    /// <summary>α_aud of a private message.</summary>
    public double AlphaAudiencePrivate { get; init; }

    /// <summary>α_aud of a leak before deniability.</summary>
    public double AlphaAudienceLeak { get; init; } = 0.3;

    /// <summary>α_aud of a public statement.</summary>
    public double AlphaAudiencePublic { get; init; } = 1.0;

    /// <summary>α_aud of each co-sender of a joint statement.</summary>
    public double AlphaAudienceJoint { get; init; } = 1.0;

    /// <summary>α_disown: what disowning a leak costs; a leak never ties hands more than that.</summary>
    public double AlphaDisown { get; init; } = 0.15;

    /// <summary>α_face of a private demand.</summary>
    public double AlphaFacePrivate { get; init; }

    /// <summary>α_face of a leaked demand.</summary>
    public double AlphaFaceLeak { get; init; } = 0.2;

    /// <summary>α_face of a public demand.</summary>
    public double AlphaFacePublic { get; init; } = 0.5;

    /// <summary>α_face of a joint demand.</summary>
    public double AlphaFaceJoint { get; init; } = 0.5;

    /// <summary>p: the probability that carrying out a threat succeeds.</summary>
    public double Success { get; init; } = 0.5;

    /// <summary>The spread of the automatic resolve grid.</summary>
    public double ResolveSpread { get; init; } = 0.15;

    /// <summary>ε_tr: the probability of a decision against the type's rule (trembling hand).</summary>
    public double Tremble { get; init; } = 0.01;

    /// <summary>θ_move: a move below this share of the range is a firm stand.</summary>
    public double ThetaMove { get; init; } = 0.02;

    /// <summary>λ: the tempering exponent of learning from base-model moves.</summary>
    public double Lambda { get; init; } = 1.0;

    /// <summary>Whether observers learn from base-model moves.</summary>
    public bool LearnFromMoves { get; init; } = true;

    /// <summary>β: the negotiation discount.</summary>
    public double Discount { get; init; } = 0.7;

    /// <summary>C: the no-deal cost of a negotiation.</summary>
    public double NoDealCost { get; init; } = 0.2;

    /// <summary>C of a summit.</summary>
    public double SummitNoDealCost { get; init; } = 0.3;

    /// <summary>h⁰: the delay cost per round.</summary>
    public double DelayBase { get; init; } = 0.01;

    /// <summary>g: the delay benefit per round.</summary>
    public double DelayBenefit { get; init; }

    /// <summary>τ_agree: positions within this share of the range agree.</summary>
    public double TauAgree { get; init; } = 0.05;

    /// <summary>The summit salience boost.</summary>
    public double SummitBoost { get; init; } = 1.25;

    /// <summary>How many rounds the summit boost lasts.</summary>
    public int SummitRounds { get; init; } = 2;

    /// <summary>G: the number of intervals of a unilateral decision's grid.</summary>
    public int UnilateralGrid { get; init; } = 100;

    /// <summary>π_exp: the probability that a false report is exposed.</summary>
    public double Exposure { get; init; } = 0.5;

    /// <summary>The default leverage scale.</summary>
    public double LeverageScale { get; init; } = 0.5;
}
