namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// The level-1 hold-out decision of a party still apart from the other side (specification §8): concede at
/// t iff K(t) = C·β^(T−t) + h − g &gt; r·w + a. A tie holds — this rule is not one of the follow-through
/// comparisons that amendment A6 tilts toward acting.
/// </summary>
public static class ConcessionRule
{
    /// <summary>True iff the cost of waiting strictly exceeds the gain from holding at round <paramref name="round"/>.</summary>
    /// <param name="stake">What holding is worth to the party.</param>
    /// <param name="costs">What holding costs it.</param>
    /// <param name="round">The decision round t ≤ T.</param>
    public static bool ConcedesNow(HoldOutStake stake, HoldingCosts costs, int round)
    {
        ArgumentNullException.ThrowIfNull(stake);
        ArgumentNullException.ThrowIfNull(costs);
        return costs.CostOfWaiting(round) > stake.Value;
    }

    /// <summary>
    /// The first round t₀ ≤ t ≤ T at which the party concedes with constant inputs, by trying each round;
    /// null if it holds until the deadline closes. <see cref="ConcessionClosedForm"/> gives the same round
    /// without the search.
    /// </summary>
    /// <param name="stake">What holding is worth to the party.</param>
    /// <param name="costs">What holding costs it.</param>
    /// <param name="firstRound">t₀, the first decision round.</param>
    public static int? FirstConcessionRound(HoldOutStake stake, HoldingCosts costs, int firstRound = 1)
    {
        ArgumentNullException.ThrowIfNull(costs);
        for (var t = firstRound; t <= costs.Deadline; t++)
        {
            if (ConcedesNow(stake, costs, t))
            {
                return t;
            }
        }
        return null;
    }
}
