using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// A threat (or a stand) as a stage game (specification §4.3): the sender asks the receiver to comply and
/// says it will act if the receiver does not. Carrying the threat out is worth F = p·B_S − C_S + q·W to the
/// sender; after a claim, backing down also costs it a (Fearon's tying hands), and claiming costs k up front
/// (sinking costs) and ω if the receiver reorients against it (Trager).
/// </summary>
public static class ThreatClaim
{
    /// <summary>F: the value to a sender type of carrying the threat out, without any claim.</summary>
    public static double FollowThroughValue(ClaimSender sender, ClaimTerms terms)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(terms);
        return FollowThroughValue(sender.Benefit, sender.Cost, sender.Reciprocity, terms);
    }

    private static double FollowThroughValue(double benefit, double cost, double reciprocity, ClaimTerms terms) =>
        terms.Success * benefit - cost + reciprocity * terms.HonourScale;

    /// <summary>The stage game of the threat.</summary>
    public static SignallingGame Game(IReadOnlyList<ClaimSender> senders, IReadOnlyList<ClaimReceiver> receivers, ClaimTerms terms)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(receivers);
        ArgumentNullException.ThrowIfNull(terms);
        var types = senders.Select(s =>
        {
            var (prior, silentUnfavourable, silentFavourable, claimUnfavourable, claimFavourable, followThroughSilent, followThroughClaim) =
                Numbers(s.Prior, s.Benefit, s.Cost, s.Reciprocity, terms);
            return new SenderType(prior, silentUnfavourable, silentFavourable, claimUnfavourable, claimFavourable, followThroughSilent, followThroughClaim);
        }).ToArray();
        var thresholds = receivers.Select(r => new ReceiverType(r.Weight, Threshold(r.ComplianceLoss, r.Stake, terms))).ToArray();
        return new SignallingGame(types, thresholds);
    }

    /// <summary>
    /// A sender type's numbers in the threat's game (prior, the four payoffs, the two follow-through probabilities):
    /// the one place they are computed, for the game and for looking its solution up without building it.
    /// </summary>
    internal static (double, double, double, double, double, double, double) Numbers(double prior, double benefit, double cost, double reciprocity, ClaimTerms terms)
    {
        var a = terms.AudienceCost;
        var k = terms.Sunk;
        var f = FollowThroughValue(benefit, cost, reciprocity, terms);
        if (terms.Vote is { } vote)
        {
            // A18: the faction gets F when the composite acts and pays a when, after its claim, it does not.
            double phi0 = vote.Given(Acts(f)), phi1 = vote.Given(Acts(f + a));
            return (prior, phi0 * f, benefit, phi1 * f + (1 - phi1) * -a - k, benefit - terms.Reaction - k, phi0, phi1);
        }
        return (prior, Math.Max(f, 0.0), benefit, Math.Max(f, -a) - k, benefit - terms.Reaction - k, Acts(f), Acts(f + a));
    }

    /// <summary>A receiver type's threshold in the threat's game: (L_R + f)/Δ_R, never reached when Δ_R ≤ 0.</summary>
    internal static double Threshold(double complianceLoss, double stake, ClaimTerms terms) =>
        stake > 0 ? (complianceLoss + terms.Face) / stake : double.PositiveInfinity;

    // Amendment A6: follow-through ties are decided in favour of acting.
    internal static double Acts(double value) => value >= -StageGameSolver.Epsilon ? 1.0 : 0.0;
}
