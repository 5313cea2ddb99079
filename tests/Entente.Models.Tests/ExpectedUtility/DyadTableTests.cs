using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// A single run keeps dyad tables only for the rounds asked for (none by default), at most
/// <see cref="DyadSelection.MaxEntriesPerIssue"/> entries an issue, and what it keeps changes no number.
/// </summary>
public sealed class DyadTableTests
{
    private static readonly Scenario Five = OneIssue.Of(("A", 0, 0.9, 0.5), ("B", 3, 0.4, 0.8), ("C", 6, 0.6, 0.3), ("D", 8, 0.7, 0.6), ("E", 10, 0.5, 0.9));

    // 100 actors (the most that keep a table) on a coarse grid, so that offers and ties both occur.
    private static readonly Scenario Hundred = OneIssue.Of([.. Enumerable.Range(0, 100).Select(i =>
        ($"A{i}", (double)(i * 37 % 11), 0.1 + (i * 13 % 9) / 10.0, 1.0 + (i * 7 % 5)))]);

    private static IssueForecast Run(Scenario scenario, DyadSelection dyads, int? rounds = null) =>
        ModelCatalog.Create("eum").Run(scenario, new ModelRunContext { Rounds = rounds, Dyads = dyads }).Issues.Single();

    [Fact]
    public void A_single_run_keeps_no_dyad_table_unless_asked_but_keeps_offers_and_risk()
    {
        var forecast = Run(Five, DyadSelection.None);

        Assert.True(forecast.Rounds.Count > 2);
        Assert.All(forecast.Rounds, r => Assert.Null(r.Dyads));
        Assert.NotNull(forecast.Rounds[1].Offers);
        Assert.NotNull(forecast.Rounds[1].Risk);
    }

    [Fact]
    public void Asking_for_one_round_keeps_that_rounds_table_of_every_ordered_pair_and_no_other()
    {
        var forecast = Run(Five, DyadSelection.Round(2));

        Assert.Equal(20, forecast.Rounds[2].Dyads!.Count);
        Assert.Equal([("A", "B"), ("A", "C")], forecast.Rounds[2].Dyads!.Take(2).Select(d => (d.Actor, d.Other)));
        Assert.All(forecast.Rounds.Where(r => r.Round != 2), r => Assert.Null(r.Dyads));
        // The kept table is the one every round would have had.
        Assert.Equal(Run(Five, DyadSelection.All).Rounds[2].Dyads, forecast.Rounds[2].Dyads);
    }

    [Fact]
    public void Every_round_is_kept_only_while_the_issue_stays_within_its_budget_of_entries()
    {
        var forecast = Run(Hundred, DyadSelection.All, rounds: 12);

        // 100 × 99 = 9,900 entries a round: ten rounds fit in 100,000, the eleventh would not.
        Assert.Equal(13, forecast.Rounds.Count);
        Assert.All(forecast.Rounds.Skip(1).Take(10), r => Assert.Equal(9_900, r.Dyads!.Count));
        Assert.All(forecast.Rounds.Skip(11), r => Assert.Null(r.Dyads));
        Assert.True(10 * 9_900 <= DyadSelection.MaxEntriesPerIssue && 11 * 9_900 > DyadSelection.MaxEntriesPerIssue);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void What_is_kept_changes_no_position_forecast_or_offer(bool hundred)
    {
        var scenario = hundred ? Hundred : Five;
        var none = Run(scenario, DyadSelection.None, rounds: 15);
        var all = Run(scenario, DyadSelection.All, rounds: 15);
        var one = Run(scenario, DyadSelection.Round(3), rounds: 15);

        foreach (var other in new[] { all, one })
        {
            Assert.Equal(none.Forecast, other.Forecast);
            Assert.Equal(none.StoppingReason, other.StoppingReason);
            Assert.Equal(none.Rounds.Count, other.Rounds.Count);
            for (var r = 0; r < none.Rounds.Count; r++)
            {
                Assert.Equal(none.Rounds[r].Positions, other.Rounds[r].Positions);
                Assert.Equal(none.Rounds[r].WeightedMedian, other.Rounds[r].WeightedMedian);
                Assert.Equal(none.Rounds[r].Offers, other.Rounds[r].Offers);
            }
        }
    }

    [Fact]
    public void A_round_below_one_cannot_be_asked_for()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DyadSelection.Round(0));
        Assert.False(DyadSelection.None.Any);
        Assert.True(DyadSelection.Round(4).Wants(4));
        Assert.False(DyadSelection.Round(4).Wants(3));
    }
}
