using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;

namespace Entente.Simulation.Diplomacy;

/// <summary>Names, for an analyst, the mechanism through which a signal or a negotiation works.</summary>
internal static class Mechanisms
{
    /// <summary>The mechanism of a claim: which cost makes it informative, or that nothing does.</summary>
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var parts = new List<string>();
        var kind = claim.Kind.ToString().ToLowerInvariant();
        if (claim.Channel is Channel.Leak)
        {
            parts.Add("tying hands by a deniable audience cost (leak)");
        }
        else if (claim.Channel is Channel.Public or Channel.Joint)
        {
            parts.Add(claim.Senders.Count > 1 ? "tying hands: every co-sender's audience cost (joint)" : "tying hands: the audience cost of a public claim");
        }
        if (claim.Sunk > 0)
        {
            parts.Add("sunk cost paid on sending");
        }
        if (claim.Reaction is not null && !(claim.Kind is ClaimKind.Promise or ClaimKind.Credit))
        {
            parts.Add("reaction cost to the sender (Trager)");
        }
        if (claim.Kind is ClaimKind.Promise or ClaimKind.Credit)
        {
            parts.Add("reassurance: the promised reward, weighed by the receiver's belief in the sender's reciprocity");
        }
        if (claim.Kind is ClaimKind.Report)
        {
            parts.Add("a report about a third party, informative only if lying is costly");
        }
        if (parts.Count == 0)
        {
            parts.Add("reputation only: a private claim is informative through the sender's reputation stake, if at all");
        }
        return $"{kind} through the {Channels.NameOf(claim.Channel)} channel: {string.Join("; ", parts)}";
    }

    /// <summary>The mechanism of a negotiation: deadline pressure, and unity across sides.</summary>
    public static string Of(Negotiation negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var parts = new List<string>();
        if (negotiation.Deadline is { } t)
        {
            parts.Add($"a deadline at round {t}: the discounted no-deal cost concentrates concessions before it");
        }
        if (negotiation.Summit is not null)
        {
            parts.Add("a summit raising the parties' salience at its end");
        }
        if (negotiation.Sides.Count > 0)
        {
            parts.Add("sides: a united side leaves the other nothing to gain from stalling");
        }
        return parts.Count == 0 ? "a negotiation without deadline: only delay costs push concessions" : string.Join("; ", parts);
    }
}
