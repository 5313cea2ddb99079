using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>The mixture of the EUM's and the compromise model's distributions: its exact CRPS, its intervals and its nested weight.</summary>
public class MixtureScoringTests
{
    private static readonly double[] Sharp = [12, 40, 41, 43, 90];
    private static readonly double[] Safe = [20, 35, 50, 55, 70];

    [Theory]
    [InlineData(0.0, 0, 10)]
    [InlineData(0.3, 3, 7)]
    [InlineData(0.5, 1, 1)]
    [InlineData(1.0, 10, 0)]
    public void The_five_sums_give_the_crps_of_the_mixture_as_one_pooled_sample(double w, int copiesOfSharp, int copiesOfSafe)
    {
        // A mixture with weight k/(k+m) on two samples of one size is the sample of k copies of one and m of the other.
        var pooled = Enumerable.Repeat(Sharp, copiesOfSharp).Concat(Enumerable.Repeat(Safe, copiesOfSafe)).SelectMany(s => s).Order().ToArray();

        foreach (var y in new[] { 0.0, 38, 47.5, 100 })
        {
            Assert.Equal(PredictiveSample.Crps(pooled, y), MixtureScoring.Sums.Of(Sharp, Safe, y).Crps(w), 10);
        }
    }

    [Fact]
    public void At_either_end_the_intervals_and_the_median_are_the_component_s()
    {
        foreach (var level in PredictiveSample.Levels)
        {
            Assert.Equal(PredictiveSample.Interval(Safe, level, 0, 100), MixtureScoring.Interval(Sharp, Safe, 0, level, 0, 100));
            Assert.Equal(PredictiveSample.Interval(Sharp, level, 0, 100), MixtureScoring.Interval(Sharp, Safe, 1, level, 0, 100));
        }
        Assert.Equal(50, MixtureScoring.Median(Sharp, Safe, 0));
        Assert.Equal(41, MixtureScoring.Median(Sharp, Safe, 1));
        // Half and half: ten values, the fifth smallest (12, 20, 35, 40, 41, …) reaches one half.
        Assert.Equal(41, MixtureScoring.Median(Sharp, Safe, 0.5));
    }

    [Fact]
    public void The_weight_is_chosen_from_the_training_cases_alone()
    {
        var cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal);
        double?[] Forecasts(string model) => [.. cases.Select(c => (double?)Models.ModelCatalog.Create(model).Run(c.Scenario, new Models.ModelRunContext()).Issues[0].Forecast)];
        var (eum, compromise) = (Forecasts("eum"), Forecasts("compromise"));
        var training = Enumerable.Range(0, cases.Count).Where(i => i % 3 != 0).ToArray();
        // The other cases' outcomes turned upside down change nothing; the training cases' do.
        var scrambled = cases.Select((c, i) => i % 3 == 0 ? c with { Outcome = 100 - c.Outcome } : c).ToArray();
        var flipped = cases.Select(c => c with { Outcome = 100 - c.Outcome }).ToArray();

        var w = new MixtureScoring(cases, eum, compromise, 5, 0).Choose(training);

        Assert.Equal(0.1, w);
        Assert.Equal(w, new MixtureScoring(scrambled, eum, compromise, 5, 0).Choose(training));
        Assert.NotEqual(w, new MixtureScoring(flipped, eum, compromise, 5, 0).Choose(training));
    }

    [Fact]
    public void On_the_development_split_the_inner_folds_give_the_eum_a_tenth_and_the_mixture_does_not_beat_the_compromise_model()
    {
        // Measured with: entente backtest tests/data/deu/deu3-dev.tsv -m compromise -m eum (equal capabilities, seed 0).
        var rows = BacktestRunner.Run(DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal),
            new BacktestOptions { Models = ["compromise", "eum"], Repeats = 2, Replicates = 200 });
        var inSample = rows.Single(r => r.Name == "mixture@in-sample");
        var outOfFold = rows.Single(r => r.Name == "mixture@out-of-fold");

        Assert.Equal("chosen on all cases: eum weight 0.1", inSample.Tuning);
        Assert.Equal(17.29, inSample.Distribution!.Crps, 2);
        Assert.Equal(17.55, outOfFold.Distribution!.Crps, 2);
        Assert.Equal(0.09, outOfFold.CrpsVersusBaseline!.Difference, 2);
        Assert.Equal(0.82, outOfFold.Distribution.Intervals[1].Coverage, 2);
        Assert.Equal(247, outOfFold.N);
    }
}
