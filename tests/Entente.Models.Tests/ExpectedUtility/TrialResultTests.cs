using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// A Monte Carlo trial's result keeps what Monte Carlo reads (forecasts, positions round by round) and leaves out
/// what only a single run's reader looks at (offers, risk exponents, dyads, the explanation), computing the same
/// numbers either way.
/// </summary>
public sealed class TrialResultTests
{
    private static readonly Scenario Five = OneIssue.Of(("A", 0, 0.9, 0.5), ("B", 3, 0.4, 0.8), ("C", 6, 0.6, 0.3), ("D", 8, 0.7, 0.6), ("E", 10, 0.5, 0.9));

    [Fact]
    public void A_trial_of_the_expected_utility_model_forecasts_exactly_what_a_single_run_does()
    {
        var single = ModelCatalog.Create("eum").Run(Five, ModelRunContext.Default).Issues.Single();
        var trial = ModelCatalog.Create("eum").Run(Five, new ModelRunContext { Trial = 7 }).Issues.Single();

        Assert.True(single.Rounds.Count > 2);
        Assert.Equal(single.Forecast, trial.Forecast);
        Assert.Equal(single.Rounds.Count, trial.Rounds.Count);
        for (var r = 0; r < single.Rounds.Count; r++)
        {
            Assert.Equal(single.Rounds[r].Positions, trial.Rounds[r].Positions);
            Assert.Equal(single.Rounds[r].WeightedMedian, trial.Rounds[r].WeightedMedian);
            Assert.Equal(single.Rounds[r].WeightedMean, trial.Rounds[r].WeightedMean);
        }
    }

    [Fact]
    public void A_trial_carries_no_offers_risk_dyads_or_explanation_while_a_single_run_does()
    {
        var single = ModelCatalog.Create("eum").Run(Five, new ModelRunContext { Dyads = DyadSelection.All }).Issues.Single();
        var trial = ModelCatalog.Create("eum").Run(Five, new ModelRunContext { Trial = 7, Dyads = DyadSelection.All }).Issues.Single();

        Assert.NotEmpty(single.Explanation);
        Assert.NotNull(single.Rounds[1].Offers);
        Assert.NotNull(single.Rounds[1].Risk);
        Assert.NotNull(single.Rounds[1].Dyads);
        Assert.Empty(trial.Explanation);
        Assert.All(trial.Rounds.Skip(1), r => Assert.True(r.Offers is null && r.Risk is null && r.Dyads is null));
    }
}
