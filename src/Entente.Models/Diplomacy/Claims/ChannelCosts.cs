using Entente.Domain.Diplomacy;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// What a channel costs the sender who contradicts its claim (α_aud, a share of its audience capacity A)
/// and the target who yields to it (α_face, a share of the target's capacity) (specification §4.1, §14).
/// </summary>
public sealed record ChannelCosts
{
    /// <summary>α_aud for a private message: nobody outside the room can hold the sender to it.</summary>
    public double PrivateAudience { get; init; }

    /// <summary>α_leak before deniability.</summary>
    public double LeakAudience { get; init; } = 0.3;

    /// <summary>α_aud on record.</summary>
    public double PublicAudience { get; init; } = 1.0;

    /// <summary>α_aud of each co-sender of a joint claim.</summary>
    public double JointAudience { get; init; } = 1.0;

    /// <summary>α_disown: what disowning a leak costs; a leak never costs more than that (amendment A9).</summary>
    public double Disown { get; init; } = 0.15;

    /// <summary>α_face per channel (private, leak, public, joint).</summary>
    public double PrivateFace { get; init; }

    /// <summary>α_face of a leaked demand.</summary>
    public double LeakFace { get; init; } = 0.2;

    /// <summary>α_face of a public demand.</summary>
    public double PublicFace { get; init; } = 0.5;

    /// <summary>α_face of a joint demand.</summary>
    public double JointFace { get; init; } = 0.5;

    /// <summary>The defaults of §14.</summary>
    public static ChannelCosts Default { get; } = new();

    /// <summary>α_aud of <paramref name="channel"/>; a leak's is min(α_leak, α_disown): it is deniable.</summary>
    public double Audience(Channel channel) => channel switch
    {
        Channel.Private => PrivateAudience,
        Channel.Leak => Math.Min(LeakAudience, Disown),
        Channel.Public => PublicAudience,
        _ => JointAudience,
    };

    /// <summary>α_face of <paramref name="channel"/>.</summary>
    public double Face(Channel channel) => channel switch
    {
        Channel.Private => PrivateFace,
        Channel.Leak => LeakFace,
        Channel.Public => PublicFace,
        _ => JointFace,
    };

    /// <summary>a = α_aud·A + RS: the contradiction cost as an observer who perceives capacity A sees it.</summary>
    public double ContradictionCost(Channel channel, double audienceCapacity, double reputationStake = 0.0) =>
        Audience(channel) * audienceCapacity + reputationStake;
}
