namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// How a party expects others to behave (specification §8, level 0): an opponent concedes by the deadline
/// iff what it stakes on holding is less than the total cost of holding to the deadline. It is the
/// non-strategic rule a level-1 party reasons about; the level-1 rule is <see cref="ConcessionRule"/>.
/// </summary>
public static class LevelZero
{
    /// <summary>
    /// True iff r_jd·gap_jd + a_jd &lt; C_j + (T − t)·(h_j − g_j), strictly: a party exactly indifferent holds.
    /// </summary>
    /// <param name="resolve">r_jd, a resolve type of the party.</param>
    /// <param name="gap">dist(x_jd, O_{−side(j)}): how far the party stands from the other side's offer, in issue ranges.</param>
    /// <param name="standCost">a_jd, the audience cost of its stands on the issue as the observer perceives its capacity.</param>
    /// <param name="costs">Its holding costs.</param>
    /// <param name="round">The current round t.</param>
    public static bool ConcedesByDeadline(double resolve, double gap, double standCost, HoldingCosts costs, int round)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var roundsLeft = costs.Deadline - round;
        return resolve * gap + standCost < costs.NoDealCost + roundsLeft * (costs.DelayCost - costs.DelayBenefit);
    }

    /// <summary>
    /// π^i_j: the mass of the observer's belief over j's resolve grid on the types that concede by the deadline.
    /// </summary>
    /// <param name="resolveGrid">The grid of j's resolve on the issue.</param>
    /// <param name="belief">The observer's belief over that grid, aligned with it.</param>
    /// <param name="gap">dist(x_jd, O_{−side(j)}).</param>
    /// <param name="standCost">a_jd as the observer perceives it.</param>
    /// <param name="costs">j's holding costs.</param>
    /// <param name="round">The current round t.</param>
    public static double ConcessionProbability(
        ReadOnlySpan<double> resolveGrid, ReadOnlySpan<double> belief, double gap, double standCost, HoldingCosts costs, int round)
    {
        if (belief.Length != resolveGrid.Length)
        {
            throw new ArgumentException("The belief must weigh every point of the resolve grid.", nameof(belief));
        }
        var mass = 0.0;
        for (var k = 0; k < resolveGrid.Length; k++)
        {
            if (ConcedesByDeadline(resolveGrid[k], gap, standCost, costs, round))
            {
                mass += belief[k];
            }
        }
        return mass;
    }
}
