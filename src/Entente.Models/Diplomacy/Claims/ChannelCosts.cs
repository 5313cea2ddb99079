using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// What a channel costs the sender who contradicts its claim (α_aud, a share of its audience capacity A)
/// and the target who yields to it (α_face, a share of the target's capacity) (specification §4.1, §14),
/// read from the layer's parameters.
/// </summary>
/// <param name="parameters">The layer's parameters, whose α_aud, α_disown and α_face apply.</param>
public sealed class ChannelCosts(LayerParameters parameters)
{
    /// <summary>The defaults of §14.</summary>
    public static ChannelCosts Default { get; } = new(new LayerParameters());

    /// <summary>α_aud of <paramref name="channel"/>; a leak's is min(α_leak, α_disown): it is deniable (amendment A9).</summary>
    public double Audience(Channel channel) => channel switch
    {
        Channel.Private => parameters.AlphaAudiencePrivate,
        Channel.Leak => Math.Min(parameters.AlphaAudienceLeak, parameters.AlphaDisown),
        Channel.Public => parameters.AlphaAudiencePublic,
        _ => parameters.AlphaAudienceJoint,
    };

    /// <summary>α_face of <paramref name="channel"/>.</summary>
    public double Face(Channel channel) => channel switch
    {
        Channel.Private => parameters.AlphaFacePrivate,
        Channel.Leak => parameters.AlphaFaceLeak,
        Channel.Public => parameters.AlphaFacePublic,
        _ => parameters.AlphaFaceJoint,
    };

    /// <summary>a = α_aud·A + RS: the contradiction cost as an observer who perceives capacity A sees it.</summary>
    public double ContradictionCost(Channel channel, double audienceCapacity, double reputationStake = 0.0) =>
        Audience(channel) * audienceCapacity + reputationStake;
}
