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
        return terms.Success * sender.Benefit - sender.Cost + sender.Reciprocity * terms.HonourScale;
    }

    /// <summary>The stage game of the threat.</summary>
    public static SignallingGame Game(IReadOnlyList<ClaimSender> senders, IReadOnlyList<ClaimReceiver> receivers, ClaimTerms terms)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(receivers);
        ArgumentNullException.ThrowIfNull(terms);
        var a = terms.AudienceCost;
        var k = terms.Sunk;
        var types = senders.Select(s =>
        {
            var f = FollowThroughValue(s, terms);
            if (terms.Vote is { } vote)
            {
                // A18: the faction gets F when the composite acts and pays a when, after its claim, it does not.
                double phi0 = vote.Given(Acts(f)), phi1 = vote.Given(Acts(f + a));
                return new SenderType(
                    s.Prior,
                    SilentUnfavourable: phi0 * f,
                    SilentFavourable: s.Benefit,
                    ClaimUnfavourable: phi1 * f + (1 - phi1) * -a - k,
                    ClaimFavourable: s.Benefit - terms.Reaction - k,
                    FollowThroughSilent: phi0,
                    FollowThroughClaim: phi1);
            }
            return new SenderType(
                s.Prior,
                SilentUnfavourable: Math.Max(f, 0.0),
                SilentFavourable: s.Benefit,
                ClaimUnfavourable: Math.Max(f, -a) - k,
                ClaimFavourable: s.Benefit - terms.Reaction - k,
                FollowThroughSilent: Acts(f),
                FollowThroughClaim: Acts(f + a));
        }).ToArray();
        var thresholds = receivers.Select(r => new ReceiverType(r.Weight, r.Stake > 0 ? (r.ComplianceLoss + terms.Face) / r.Stake : double.PositiveInfinity)).ToArray();
        return new SignallingGame(types, thresholds);
    }

    // Amendment A6: follow-through ties are decided in favour of acting.
    internal static double Acts(double value) => value >= -StageGameSolver.Epsilon ? 1.0 : 0.0;
}
