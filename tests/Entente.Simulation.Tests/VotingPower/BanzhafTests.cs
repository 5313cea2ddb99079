using Entente.Formats.Importers.Deu;
using Entente.Simulation.VotingPower;

namespace Entente.Simulation.Tests.VotingPower;

public class BanzhafTests
{
    [Fact]
    public void The_weighted_game_5_of_4_2_1_has_swings_3_1_1()
    {
        // Winning: {A,B}, {A,C}, {A,B,C}. A swings all three, B only {A,B}, C only {A,C}.
        var game = new TwoCriteriaGame([4, 2, 1], [1, 1, 1], (votes, _) => votes >= 5);
        Assert.Equal([3L, 1L, 1L], game.RawBanzhaf());
        Assert.Equal([0.6, 0.2, 0.2], game.NormalisedBanzhaf().Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void A_dummy_player_has_no_power()
    {
        // 51 of 100 with weights 50, 49, 1: only the coalitions with the 50 and one other win... and the 49
        // and 1 swing equally; with weights 50, 50, 1 and quota 100 the 1 never swings.
        var game = new TwoCriteriaGame([50, 50, 1], [1, 1, 1], (votes, _) => votes >= 100);
        Assert.Equal(0, game.RawBanzhaf()[2]);
    }

    [Theory]
    [InlineData("amsterdam-eu15", 87, 62, 15)]
    [InlineData("accession-eu25", 124, 88, 25)]
    [InlineData("nice-eu25", 321, 232, 25)]
    [InlineData("nice-eu27", 345, 255, 27)]
    [InlineData("nice-eu28", 352, 260, 28)]
    public void The_treaty_weights_sum_to_their_totals(string regime, int total, int quota, int members)
    {
        var r = CouncilRegimes.All.Single(x => x.Name == regime);
        Assert.Equal((total, quota, members), (r.TotalWeight, r.Quota, r.Weights.Count));
    }

    [Fact]
    public void Each_regime_applies_from_its_first_day()
    {
        Assert.Equal("amsterdam-eu15", CouncilRegimes.At(new DateOnly(2004, 4, 30)).Name);
        Assert.Equal("nice-eu25", CouncilRegimes.At(new DateOnly(2004, 11, 1)).Name);
        Assert.Equal("nice-eu27", CouncilRegimes.At(new DateOnly(2013, 6, 30)).Name);
        Assert.Equal("lisbon-eu28", CouncilRegimes.At(new DateOnly(2014, 11, 1)).Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Indices_sum_to_one_and_follow_the_weights(bool unanimity)
    {
        foreach (var regime in CouncilRegimes.All)
        {
            var index = CouncilPower.Indices(regime, unanimity);
            Assert.Equal(1.0, index.Values.Sum(), 9);
            var byWeight = regime.Weights.OrderBy(kv => kv.Value).Select(kv => index[kv.Key]).ToArray();
            for (var i = 1; i < byWeight.Length; i++)
            {
                Assert.True(byWeight[i] >= byWeight[i - 1] - 1e-12, $"{regime.Name}: power must not fall as weight rises");
            }
        }
    }

    [Fact]
    public void Under_unanimity_every_member_holds_the_same_veto()
    {
        var index = CouncilPower.Indices(CouncilRegimes.All.Single(r => r.Name == "nice-eu27"), unanimity: true);
        Assert.All(index.Values, v => Assert.Equal(1.0 / 27, v, 12));
    }

    [Fact]
    public void In_the_EU15_the_large_four_share_equal_power_above_Spain()
    {
        var index = CouncilPower.Indices(CouncilRegimes.All[0], unanimity: false);
        Assert.Equal(index["de"], index["uk"], 12);
        Assert.True(index["de"] > index["es"] && index["es"] > index["nl"] && index["nl"] > index["lu"]);
    }

    [Fact]
    public void The_generating_function_agrees_with_enumerating_every_EU15_coalition()
    {
        var regime = CouncilRegimes.All[0];
        var members = regime.Weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var swings = new long[members.Length];
        for (var mask = 0; mask < 1 << members.Length; mask++)
        {
            var votes = members.Where((_, i) => (mask >> i & 1) == 1).Sum(m => regime.Weights[m]);
            for (var i = 0; i < members.Length; i++)
            {
                if ((mask >> i & 1) == 1 && votes >= regime.Quota && votes - regime.Weights[members[i]] < regime.Quota)
                {
                    swings[i]++;
                }
            }
        }
        var index = CouncilPower.Indices(regime, unanimity: false);
        for (var i = 0; i < members.Length; i++)
        {
            Assert.Equal(swings[i] / (double)swings.Sum(), index[members[i]], 12);
        }
    }
}
