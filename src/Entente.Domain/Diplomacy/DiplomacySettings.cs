namespace Entente.Domain.Diplomacy;

/// <summary>
/// The parameters of the diplomacy layer, with the specification's defaults. Every one may be set in a
/// scenario's <c>diplomacy</c> block.
/// </summary>
public sealed record DiplomacySettings
{
    /// <summary>Audience cost a of a private signal.</summary>
    public double PrivateAudienceCost { get; init; }

    /// <summary>Audience cost a of a leak.</summary>
    public double LeakAudienceCost { get; init; } = 0.3;

    /// <summary>Audience cost a of a public statement.</summary>
    public double PublicAudienceCost { get; init; } = 1.0;

    /// <summary>Audience cost a borne by each sender of a joint statement.</summary>
    public double JointAudienceCost { get; init; } = 1.0;

    /// <summary>Base credibility β of a private signal.</summary>
    public double PrivateCredibility { get; init; } = 0.2;

    /// <summary>Base credibility β of a leak.</summary>
    public double LeakCredibility { get; init; } = 0.5;

    /// <summary>Base credibility β of a public statement.</summary>
    public double PublicCredibility { get; init; } = 0.7;

    /// <summary>Base credibility β of a joint statement.</summary>
    public double JointCredibility { get; init; } = 0.8;

    /// <summary>λ, how much of its reputation a sender keeps each round (the rest is this round's consistency).</summary>
    public double ReputationMemory { get; init; } = 0.8;

    /// <summary>Default cohesion band of coalitions, as a share of Δ.</summary>
    public double CohesionBand { get; init; } = 0.1;

    /// <summary>An issue is agreed when the final c·s-weighted mean absolute deviation of positions is at most this share of Δ.</summary>
    public double AgreementThreshold { get; init; } = 0.1;

    /// <summary>Confidence κ of beliefs no perception names; null is infinite (complete information).</summary>
    public double? DefaultConfidence { get; init; }

    /// <summary>The defaults of the specification.</summary>
    public static DiplomacySettings Default { get; } = new();

    /// <summary>The audience cost of <paramref name="channel"/>.</summary>
    public double AudienceCost(Channel channel) => channel switch
    {
        Channel.Private => PrivateAudienceCost,
        Channel.Leak => LeakAudienceCost,
        Channel.Public => PublicAudienceCost,
        _ => JointAudienceCost,
    };

    /// <summary>The base credibility β of <paramref name="channel"/>.</summary>
    public double Credibility(Channel channel) => channel switch
    {
        Channel.Private => PrivateCredibility,
        Channel.Leak => LeakCredibility,
        Channel.Public => PublicCredibility,
        _ => JointCredibility,
    };
}
