namespace Entente.Models.ExpectedUtility;

/// <summary>What a receiver makes of one proposer, given E_ij and E_ji from its own perspective.</summary>
internal static class OfferRule
{
    /// <summary>The offer kind, or null when the proposer makes none.</summary>
    public static OfferKind? Classify(double receiverUtility, double proposerUtility, EumVariant variant)
    {
        if (proposerUtility > receiverUtility && receiverUtility > 0)
        {
            return OfferKind.Confrontation;
        }
        if (proposerUtility > 0 && 0 > receiverUtility)
        {
            if (proposerUtility > Math.Abs(receiverUtility))
            {
                return OfferKind.Compromise;
            }
            // The reconstruction tests E_ji < |E_ji|, never true, so its capitulation branch is dead code.
            var loses = variant == EumVariant.Scholz ? proposerUtility < Math.Abs(proposerUtility) : proposerUtility < Math.Abs(receiverUtility);
            if (loses)
            {
                return OfferKind.Capitulation;
            }
        }
        return null;
    }

    /// <summary>Where the receiver ends up if it accepts.</summary>
    public static double NewPosition(OfferKind kind, double receiver, double proposer, double receiverUtility, double proposerUtility) =>
        kind == OfferKind.Compromise
            ? receiver + (proposer - receiver) * Math.Abs(receiverUtility / proposerUtility)
            : proposer;

    /// <summary>
    /// How the receiver ranks an offer: lower is preferred, first by rank, then by key; the caller breaks
    /// remaining ties by input order. bdm ranks only by movement. scholz prefers any confrontation, then
    /// any compromise, then capitulation, and among compromises takes the lowest weighted average of the
    /// two positions, as the reconstruction does.
    /// </summary>
    public static (int Rank, double Key) Preference(
        EumVariant variant, OfferKind kind, double receiver, double proposer, double newPosition, double receiverUtility, double proposerUtility)
    {
        var movement = Math.Abs(newPosition - receiver);
        if (variant == EumVariant.Bdm)
        {
            return (0, movement);
        }
        if (kind == OfferKind.Compromise)
        {
            var a = Math.Abs(receiverUtility);
            var b = Math.Abs(proposerUtility);
            return (1, (a * receiver + b * proposer) / (a + b));
        }
        return (kind == OfferKind.Confrontation ? 0 : 2, movement);
    }

    /// <summary>The dyad table's reading of a pair (both signs, then which side's stake is larger).</summary>
    public static DyadKind Dyad(double actorUtility, double otherUtility)
    {
        if (actorUtility > 0 && otherUtility > 0)
        {
            return DyadKind.Conflict;
        }
        if (actorUtility <= 0 && otherUtility <= 0)
        {
            return DyadKind.Stalemate;
        }
        var gain = Math.Max(actorUtility, otherUtility);
        var loss = Math.Min(actorUtility, otherUtility);
        return gain > Math.Abs(loss) ? DyadKind.Compromise : DyadKind.Capitulation;
    }
}
