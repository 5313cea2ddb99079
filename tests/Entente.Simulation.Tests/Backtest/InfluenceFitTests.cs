using Entente.Models.InfluenceCompromise;
using Entente.Simulation.Backtest;

namespace Entente.Simulation.Tests.Backtest;

/// <summary>The multipliers of influence-compromise: how they are fitted, and that the shipped ones are the fit's.</summary>
public class InfluenceFitTests
{
    private static readonly IReadOnlyList<BacktestCase> Cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Votes);
    private static readonly InfluenceFit.CaseWeights[] Weights = InfluenceFit.Prepare(Cases, []);

    private static double Mae(IReadOnlyDictionary<string, double> influence, IEnumerable<int> cases) =>
        cases.Average(i => Math.Abs(InfluenceFit.Forecast(Weights[i], influence) - Weights[i].Outcome));

    [Fact]
    public void The_shipped_multipliers_are_what_the_fit_gives_on_the_whole_development_split()
    {
        var fitted = InfluenceFit.Fit(Weights, Enumerable.Range(0, Cases.Count).ToArray());

        Assert.Equal(InfluenceCompromiseOptions.Fitted.OrderBy(p => p.Key), fitted.OrderBy(p => p.Key));
    }

    [Fact]
    public void Without_multipliers_the_fit_starts_from_the_power_compromise()
    {
        var powerCompromise = Predictor.FromModel("power-compromise", Entente.Models.ModelCatalog.Create("power-compromise"), 0);
        var expected = ErrorStatistics.Errors(powerCompromise, Cases).Average(e => e.Error);

        Assert.Equal(expected, Mae(new Dictionary<string, double>(), Enumerable.Range(0, Cases.Count)), 9);
    }

    [Fact]
    public void A_fit_only_reads_its_training_cases_and_never_raises_their_error()
    {
        var training = Enumerable.Range(0, Cases.Count).Where(i => i % 3 != 0).ToArray();
        var fitted = InfluenceFit.Fit(Weights, training);
        // The held-out cases' outcomes turned upside down change nothing in the fit.
        var scrambled = Weights.Select((w, i) => i % 3 == 0 ? w with { Outcome = 100 - w.Outcome } : w).ToArray();

        Assert.Equal(fitted.OrderBy(p => p.Key), InfluenceFit.Fit(scrambled, training).OrderBy(p => p.Key));
        Assert.True(Mae(fitted, training) <= Mae(new Dictionary<string, double>(), training));
        Assert.All(fitted.Values, v => Assert.Contains(v, InfluenceFit.Grid));
    }

    [Fact]
    public void Out_of_fold_the_multipliers_do_worse_than_in_sample_but_better_than_none()
    {
        var result = InfluenceFit.Tune(Cases, [], folds: 10, seed: 0, repeats: 2);
        var inSample = result.InSampleErrors.Average(e => e.Error);
        var outOfFold = result.OutOfFoldErrors.Average(e => e.Error);

        Assert.True(inSample < outOfFold, $"in sample {inSample}, out of fold {outOfFold}");
        Assert.True(outOfFold < Mae(new Dictionary<string, double>(), Enumerable.Range(0, Cases.Count)), $"out of fold {outOfFold}");
    }
}
