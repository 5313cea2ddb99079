using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// A promise (or a credit) as a stage game (specification §4.3): the sender asks the receiver to cooperate
/// and says it will reward it. Keeping the promise is worth H = q·W − C_S; after a claim, reneging also
/// costs a. The receiver cooperates when the credibility exceeds its trust threshold L_R/G_R (Kydd).
/// </summary>
public static class PromiseClaim
{
    /// <summary>H: the value to a sender type of keeping the promise, without any claim.</summary>
    public static double HonourValue(ClaimSender sender, ClaimTerms terms)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(terms);
        return sender.Reciprocity * terms.HonourScale - sender.Cost;
    }

    /// <summary>
    /// The stage game of the promise. A reaction cost on a promise is an error (amendment A18); a face cost does not
    /// enter (the trust threshold L/G has no face term), so it is refused too rather than silently ignored.
    /// </summary>
    public static SignallingGame Game(IReadOnlyList<ClaimSender> senders, IReadOnlyList<ClaimReceiver> receivers, ClaimTerms terms)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(receivers);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Reaction != 0)
        {
            throw new ArgumentException("a reaction cost applies to threats and stands only, not to a promise", nameof(terms));
        }
        if (terms.Face != 0)
        {
            throw new ArgumentException("a face cost applies to demands backed by threats, not to a promise", nameof(terms));
        }
        var a = terms.AudienceCost;
        var k = terms.Sunk;
        var types = senders.Select(s =>
        {
            var h = HonourValue(s, terms);
            if (terms.Vote is { } vote)
            {
                // A18: the faction gets H when the composite keeps the promise and pays a when, after its claim, it does not.
                double phi0 = vote.Given(ThreatClaim.Acts(h)), phi1 = vote.Given(ThreatClaim.Acts(h + a));
                return new SenderType(
                    s.Prior,
                    SilentUnfavourable: 0.0,
                    SilentFavourable: s.Benefit + phi0 * h,
                    ClaimUnfavourable: -k,
                    ClaimFavourable: s.Benefit + phi1 * h + (1 - phi1) * -a - k,
                    FollowThroughSilent: phi0,
                    FollowThroughClaim: phi1);
            }
            return new SenderType(
                s.Prior,
                SilentUnfavourable: 0.0,
                SilentFavourable: s.Benefit + Math.Max(h, 0.0),
                ClaimUnfavourable: -k,
                ClaimFavourable: s.Benefit + Math.Max(h, -a) - k,
                FollowThroughSilent: ThreatClaim.Acts(h),
                FollowThroughClaim: ThreatClaim.Acts(h + a));
        }).ToArray();
        var thresholds = receivers.Select(r => new ReceiverType(r.Weight, Threshold(r))).ToArray();
        return new SignallingGame(types, thresholds);
    }

    private static double Threshold(ClaimReceiver r) =>
        r.Stake > 0 ? r.ComplianceLoss / r.Stake
        : r.ComplianceLoss < 0 ? double.NegativeInfinity
        : double.PositiveInfinity;
}
