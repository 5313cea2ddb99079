using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>
/// Tied hands. The receiver picks its offer as the EUM does; then the audience cost of its standing claim,
/// a·s·(|x_new − y| − |x_old − y|)/Δ when positive, is added to its E_ij against accepting. The offer may
/// shrink (a smaller compromise) or be refused (the receiver holds), never grow or turn into another
/// proposer's offer, so a sender moves no more the higher the audience cost of its claim.
/// </summary>
internal static class AudienceCost
{
    public static (int Proposer, double Position, OfferKind Kind, double ReceiverUtility) Hold(Claim claim, double from, double proposerPosition,
        double position, OfferKind kind, double eij, double eji, double salience, double delta, EumVariant variant, int proposer)
    {
        var penalty = claim.AudienceCost * salience * (Math.Abs(position - claim.Position) - Math.Abs(from - claim.Position)) / delta;
        if (!(penalty > 0))
        {
            return (proposer, position, kind, eij);
        }
        var held = eij + penalty;
        // A loss the penalty turns into a gain means the receiver would rather stand by its word than concede.
        if ((eij <= 0 && held > 0) || OfferRule.Classify(held, eji, variant) is not { } heldKind)
        {
            return (-1, from, kind, eij);
        }
        var heldPosition = OfferRule.NewPosition(heldKind, from, proposerPosition, held, eji);
        return Math.Abs(heldPosition - from) <= Math.Abs(position - from)
            ? (proposer, heldPosition, heldKind, held)
            : (proposer, position, kind, eij);
    }
}
