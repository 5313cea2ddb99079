namespace Entente.Models.Diplomacy.Factions;

/// <summary>
/// How a composite actor decides (specification §4.4): it acts iff the factions that act carry more than
/// half the weight; at exactly half the largest faction (the first listed among equals) decides. Factions
/// act independently, so an opposition's endorsement raises the composite's credibility only through its
/// own vote (Schultz).
/// </summary>
public static class WeightedMajority
{
    /// <summary>Weights within this of ½ count as exactly half.</summary>
    public const double Tolerance = 1e-12;

    private const int MaxFactions = 24;

    /// <summary>Prob(weight of acting factions &gt; ½, or = ½ with the largest faction acting).</summary>
    /// <param name="actProbabilities">π_f, each faction's probability of acting, in declared order.</param>
    /// <param name="weights">w_f (Σ = 1), aligned.</param>
    public static double ActProbability(ReadOnlySpan<double> actProbabilities, ReadOnlySpan<double> weights)
    {
        var n = actProbabilities.Length;
        if (weights.Length != n || n == 0)
        {
            throw new ArgumentException("Give a weight for every faction, and at least one faction.", nameof(weights));
        }
        if (n > MaxFactions)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), n, $"At most {MaxFactions} factions: every coalition of them is enumerated.");
        }
        var leader = Largest(weights);
        var total = 0.0;
        for (var coalition = 0; coalition < 1 << n; coalition++)
        {
            double probability = 1, weight = 0;
            for (var f = 0; f < n; f++)
            {
                if (Acts(coalition, f))
                {
                    probability *= actProbabilities[f];
                    weight += weights[f];
                }
                else
                {
                    probability *= 1 - actProbabilities[f];
                }
            }
            if (weight > 0.5 + Tolerance || (Math.Abs(weight - 0.5) <= Tolerance && Acts(coalition, leader)))
            {
                total += probability;
            }
        }
        // Rounding can carry a sum of coalition probabilities past 1.
        return Math.Clamp(total, 0.0, 1.0);
    }

    /// <summary>
    /// φ for a faction sender: the composite's act probability when faction <paramref name="faction"/> is
    /// known to act (or not) and the others act with their own probabilities.
    /// </summary>
    /// <param name="actProbabilities">π_f′ of the other factions (the entry of <paramref name="faction"/> is replaced).</param>
    /// <param name="weights">w_f, aligned.</param>
    /// <param name="faction">The index of the deciding faction.</param>
    /// <param name="factionActs">Whether that faction acts.</param>
    public static double ActProbabilityGiven(ReadOnlySpan<double> actProbabilities, ReadOnlySpan<double> weights, int faction, bool factionActs)
    {
        var given = actProbabilities.ToArray();
        given[faction] = factionActs ? 1.0 : 0.0;
        return ActProbability(given, weights);
    }

    private static bool Acts(int coalition, int faction) => ((coalition >> faction) & 1) == 1;

    private static int Largest(ReadOnlySpan<double> weights)
    {
        var leader = 0;
        for (var f = 1; f < weights.Length; f++)
        {
            if (weights[f] > weights[leader])
            {
                leader = f;
            }
        }
        return leader;
    }
}
