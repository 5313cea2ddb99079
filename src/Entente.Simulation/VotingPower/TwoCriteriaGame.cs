namespace Entente.Simulation.VotingPower;

/// <summary>
/// A simple voting game whose players carry two non-negative integer weights (votes and a head count, or
/// population and a head count) and whose winning coalitions are decided by the two totals alone, as in
/// every rule the EU Council has used.
/// </summary>
/// <param name="First">Each player's first weight.</param>
/// <param name="Second">Each player's second weight.</param>
/// <param name="Wins">Whether a coalition with these totals wins; must be monotone in both.</param>
public sealed record TwoCriteriaGame(IReadOnlyList<int> First, IReadOnlyList<int> Second, Func<int, int, bool> Wins)
{
    /// <summary>
    /// The normalised Banzhaf index, computed exactly: the number of coalitions of the others by their two
    /// totals is a generating function built by dynamic programming; a player swings a losing coalition
    /// it turns into a winning one; the swings are divided by their sum.
    /// </summary>
    public IReadOnlyList<double> NormalisedBanzhaf()
    {
        var swings = RawBanzhaf();
        double total = swings.Sum(s => (double)s);
        return swings.Select(s => total > 0 ? s / total : 1.0 / swings.Count).ToArray();
    }

    /// <summary>Swing counts: per player, the coalitions of the others it turns from losing to winning.</summary>
    public IReadOnlyList<long> RawBanzhaf()
    {
        var n = First.Count;
        var maxA = First.Sum();
        var maxB = Second.Sum();
        var swings = new long[n];
        for (var player = 0; player < n; player++)
        {
            var counts = CoalitionCounts(player, maxA, maxB);
            long swing = 0;
            for (var a = 0; a <= maxA; a++)
            {
                for (var b = 0; b <= maxB; b++)
                {
                    var count = counts[a, b];
                    if (count != 0 && !Wins(a, b) && Wins(a + First[player], b + Second[player]))
                    {
                        swing += count;
                    }
                }
            }
            swings[player] = swing;
        }
        return swings;
    }

    // counts[a, b]: how many coalitions of the players other than 'excluded' have totals (a, b).
    private long[,] CoalitionCounts(int excluded, int maxA, int maxB)
    {
        var counts = new long[maxA + 1, maxB + 1];
        counts[0, 0] = 1;
        for (var p = 0; p < First.Count; p++)
        {
            if (p == excluded)
            {
                continue;
            }
            int wa = First[p], wb = Second[p];
            // Downward so that each player joins a coalition at most once.
            for (var a = maxA; a >= wa; a--)
            {
                for (var b = maxB; b >= wb; b--)
                {
                    counts[a, b] += counts[a - wa, b - wb];
                }
            }
        }
        return counts;
    }
}
