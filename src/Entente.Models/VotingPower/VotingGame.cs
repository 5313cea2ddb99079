namespace Entente.Models.VotingPower;

/// <summary>
/// A simple voting game whose winning coalitions are decided by two totals: the coalition's votes (integer
/// weights: votes, or population in fixed units) and its number of members, as in every rule the EU Council
/// has used and in any weighted, double-majority or unanimity vote.
/// </summary>
/// <param name="Votes">Each voter's votes, non-negative.</param>
/// <param name="Wins">Whether a coalition with these votes and this many members wins; must be monotone in both.</param>
public sealed record VotingGame(IReadOnlyList<int> Votes, Func<int, int, bool> Wins)
{
    /// <summary>Number of voters.</summary>
    public int Count => Votes.Count;

    /// <summary>
    /// The normalised Banzhaf index, computed exactly: the number of coalitions of the others by their votes
    /// and size is a generating function built by dynamic programming; a voter swings a losing coalition it
    /// turns into a winning one; the swings are divided by their sum.
    /// </summary>
    public IReadOnlyList<double> NormalisedBanzhaf() => Normalise(Swings(_ => 1.0));

    /// <summary>
    /// The Shapley-Shubik index: the share of the n! orders of voting in which a voter is pivotal. A coalition
    /// S of the others that the voter turns into a winner counts |S|!(n−|S|−1)!/n!, the share of orders in
    /// which exactly S votes before it. The indices sum to 1 whenever the grand coalition wins.
    /// </summary>
    public IReadOnlyList<double> ShapleyShubik()
    {
        var n = Count;
        // 1/(n·C(n−1, k)) = k!(n−k−1)!/n!, built up without factorials so it stays finite for large n.
        var share = new double[n];
        for (var k = 0; k < n; k++)
        {
            share[k] = 1.0 / (n * Binomial(n - 1, k));
        }
        return Normalise(Swings(k => share[k]));
    }

    /// <summary>Swing counts: per voter, the coalitions of the others it turns from losing to winning.</summary>
    public IReadOnlyList<double> RawBanzhaf() => Swings(_ => 1.0);

    private double[] Swings(Func<int, double> weightOfSize)
    {
        var n = Count;
        var maxVotes = Votes.Sum();
        var swings = new double[n];
        for (var voter = 0; voter < n; voter++)
        {
            var counts = CoalitionCounts(voter, maxVotes);
            double swing = 0;
            for (var v = 0; v <= maxVotes; v++)
            {
                for (var k = 0; k < n; k++)
                {
                    var count = counts[v, k];
                    if (count != 0 && !Wins(v, k) && Wins(v + Votes[voter], k + 1))
                    {
                        swing += count * weightOfSize(k);
                    }
                }
            }
            swings[voter] = swing;
        }
        return swings;
    }

    private static double[] Normalise(double[] swings)
    {
        var total = swings.Sum();
        return swings.Select(s => total > 0 ? s / total : 1.0 / swings.Length).ToArray();
    }

    // counts[v, k]: how many coalitions of the voters other than 'excluded' have v votes and k members.
    // Doubles: exact up to 2^53 coalitions, and no overflow beyond.
    private double[,] CoalitionCounts(int excluded, int maxVotes)
    {
        var counts = new double[maxVotes + 1, Count];
        counts[0, 0] = 1;
        var members = 0;
        for (var p = 0; p < Count; p++)
        {
            if (p == excluded)
            {
                continue;
            }
            var w = Votes[p];
            // Downward so that each voter joins a coalition at most once.
            for (var v = maxVotes; v >= w; v--)
            {
                for (var k = members + 1; k >= 1; k--)
                {
                    counts[v, k] += counts[v - w, k - 1];
                }
            }
            members++;
        }
        return counts;
    }

    private static double Binomial(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
