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
        return HonourValue(sender.Cost, sender.Reciprocity, terms);
    }

    private static double HonourValue(double cost, double reciprocity, ClaimTerms terms) => reciprocity * terms.HonourScale - cost;

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
        var types = senders.Select(s =>
        {
            var (prior, silentUnfavourable, silentFavourable, claimUnfavourable, claimFavourable, followThroughSilent, followThroughClaim) =
                Numbers(s.Prior, s.Benefit, s.Cost, s.Reciprocity, terms);
            return new SenderType(prior, silentUnfavourable, silentFavourable, claimUnfavourable, claimFavourable, followThroughSilent, followThroughClaim);
        }).ToArray();
        var thresholds = receivers.Select(r => new ReceiverType(r.Weight, Threshold(r.ComplianceLoss, r.Stake))).ToArray();
        return new SignallingGame(types, thresholds);
    }

    /// <summary>
    /// A sender type's numbers in the promise's game (prior, the four payoffs, the two follow-through probabilities):
    /// the one place they are computed, for the game and for looking its solution up without building it.
    /// </summary>
    internal static (double, double, double, double, double, double, double) Numbers(double prior, double benefit, double cost, double reciprocity, ClaimTerms terms)
    {
        var a = terms.AudienceCost;
        var k = terms.Sunk;
        var h = HonourValue(cost, reciprocity, terms);
        if (terms.Vote is { } vote)
        {
            // A18: the faction gets H when the composite keeps the promise and pays a when, after its claim, it does not.
            double phi0 = vote.Given(ThreatClaim.Acts(h)), phi1 = vote.Given(ThreatClaim.Acts(h + a));
            return (prior, 0.0, benefit + phi0 * h, -k, benefit + phi1 * h + (1 - phi1) * -a - k, phi0, phi1);
        }
        return (prior, 0.0, benefit + Math.Max(h, 0.0), -k, benefit + Math.Max(h, -a) - k, ThreatClaim.Acts(h), ThreatClaim.Acts(h + a));
    }

    /// <summary>A receiver type's trust threshold in the promise's game: L_R/G_R.</summary>
    internal static double Threshold(double complianceLoss, double stake) =>
        stake > 0 ? complianceLoss / stake
        : complianceLoss < 0 ? double.NegativeInfinity
        : double.PositiveInfinity;
}
