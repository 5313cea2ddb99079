namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// The concession round of <see cref="ConcessionRule"/> in closed form (specification §8 as amended by
/// A11), with its cases applied in the amendment's order. With x = (r·w + a − h + g)/C the rule reads
/// β^(T−t) &gt; x, i.e. T − t &lt; ln x / ln β: the deadline's pull outweighs the stake only when few rounds
/// remain.
/// </summary>
public static class ConcessionClosedForm
{
    /// <summary>The first round t ≥ t₀ at which the party concedes, or null if it never does before the deadline closes.</summary>
    /// <param name="stake">What holding is worth to the party.</param>
    /// <param name="costs">What holding costs it (constant over the rounds).</param>
    /// <param name="firstRound">t₀, the first decision round.</param>
    public static int? FirstConcessionRound(HoldOutStake stake, HoldingCosts costs, int firstRound = 1)
    {
        ArgumentNullException.ThrowIfNull(stake);
        ArgumentNullException.ThrowIfNull(costs);
        // The amendment's cases presume t₀ ≤ T; past the deadline there is no decision left to take.
        return firstRound > costs.Deadline ? null : Round(stake, costs, firstRound);
    }

    private static int? Round(HoldOutStake stake, HoldingCosts costs, int firstRound)
    {
        double c = costs.NoDealCost, beta = costs.Discount;
        if (beta is < 0 or > 1 || double.IsNaN(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(costs), beta, "The closed form needs a discount β in [0, 1].");
        }
        var netDelay = costs.DelayCost - costs.DelayBenefit;
        if (c <= 0)
        {
            // Without a deadline term waiting costs the same every round: concede at once or never.
            return netDelay > stake.Value ? firstRound : null;
        }
        var x = (stake.Value - costs.DelayCost + costs.DelayBenefit) / c;
        if (x < 0)
        {
            return firstRound;
        }
        if (x >= 1)
        {
            return null;
        }
        if (beta == 0)
        {
            return costs.Deadline;
        }
        if (beta == 1 || x == 0)
        {
            return firstRound;
        }
        var rounds = Math.Log(x) / Math.Log(beta);
        // Kept in double until compared with t₀: T − X can lie far below int's range when x is tiny.
        var first = Math.Max(firstRound, Math.Floor(costs.Deadline - rounds) + 1);
        return (int)first;
    }
}
