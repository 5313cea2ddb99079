using Entente.Models.VotingPower;

namespace Entente.Models.Tests.VotingPower;

public class VotingGameTests
{
    [Fact]
    public void In_the_game_5_of_4_2_1_Banzhaf_counts_swings_3_1_1()
    {
        // Winning: {A,B}, {A,C}, {A,B,C}. A swings all three, B only {A,B}, C only {A,C}.
        var game = new VotingGame([4, 2, 1], (votes, _) => votes >= 5);
        Assert.Equal([3.0, 1.0, 1.0], game.RawBanzhaf());
        Assert.Equal([0.6, 0.2, 0.2], game.NormalisedBanzhaf().Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void In_the_game_5_of_4_2_1_Shapley_Shubik_gives_the_big_voter_four_orders_in_six()
    {
        // Orders ABC, ACB: the second voter is pivotal (B, C); in BAC, BCA, CAB, CBA A is pivotal.
        var game = new VotingGame([4, 2, 1], (votes, _) => votes >= 5);
        Assert.Equal([4 / 6.0, 1 / 6.0, 1 / 6.0], game.ShapleyShubik().Select(x => Math.Round(x, 12)), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void A_dummy_has_no_power_under_either_index()
    {
        var game = new VotingGame([50, 50, 1], (votes, _) => votes >= 100);
        Assert.Equal(0, game.RawBanzhaf()[2]);
        Assert.Equal(0, game.ShapleyShubik()[2], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Both_indices_agree_with_brute_force_over_every_order_and_coalition(int seed)
    {
        // Random games of seven voters with a vote quota and a member clause, checked against enumerating
        // all 5,040 orders (Shapley-Shubik) and all 128 coalitions (Banzhaf).
        var random = new Entente.Models.Common.CounterRandom((ulong)seed, 0);
        var votes = Enumerable.Range(0, 7).Select(_ => 1 + random.NextInt(9)).ToArray();
        var quota = votes.Sum() * (5 + random.NextInt(4)) / 10;
        var members = 1 + random.NextInt(5);
        bool Wins(int v, int k) => v >= quota && k >= members;
        var game = new VotingGame(votes, Wins);

        var pivots = new double[7];
        var orders = 0;
        foreach (var order in Permutations(Enumerable.Range(0, 7).ToArray()))
        {
            orders++;
            int v = 0, k = 0;
            foreach (var voter in order)
            {
                if (!Wins(v, k) && Wins(v + votes[voter], k + 1))
                {
                    pivots[voter]++;
                    break;
                }
                v += votes[voter];
                k++;
            }
        }
        var swings = new double[7];
        for (var mask = 0; mask < 128; mask++)
        {
            var v = Enumerable.Range(0, 7).Where(i => (mask >> i & 1) == 1).Sum(i => votes[i]);
            var k = Enumerable.Range(0, 7).Count(i => (mask >> i & 1) == 1);
            for (var i = 0; i < 7; i++)
            {
                if ((mask >> i & 1) == 0 && !Wins(v, k) && Wins(v + votes[i], k + 1))
                {
                    swings[i]++;
                }
            }
        }
        var ss = game.ShapleyShubik();
        var bz = game.NormalisedBanzhaf();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(pivots[i] / orders, ss[i], 12);
            Assert.Equal(swings[i] / swings.Sum(), bz[i], 12);
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
