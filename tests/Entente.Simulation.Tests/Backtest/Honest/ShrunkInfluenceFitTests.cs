using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>The influence multipliers shrunk toward "no adjustment", and their penalty chosen by nested cross-validation.</summary>
public class ShrunkInfluenceFitTests
{
    private static readonly IReadOnlyList<BacktestCase> Cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Votes);
    private static readonly InfluenceFit.CaseWeights[] Weights = InfluenceFit.Prepare(Cases, []);
    private static readonly int[] All = [.. Enumerable.Range(0, Cases.Count)];

    [Fact]
    public void Without_a_penalty_the_incremental_fit_is_the_plain_fit()
    {
        var training = All.Where(i => i % 4 != 1).ToArray();

        Assert.Equal(InfluenceFit.Fit(Weights, training).OrderBy(p => p.Key), ShrunkInfluenceFit.Fit(Weights, training, 0).OrderBy(p => p.Key));
    }

    [Fact]
    public void A_larger_penalty_moves_the_multipliers_less_and_an_infinite_one_fits_nothing()
    {
        static double Distance(IReadOnlyDictionary<string, double> m) => m.Values.Sum(v => Math.Pow(Math.Log2(v), 2));
        var distances = ShrunkInfluenceFit.Penalties.Select(lambda => Distance(ShrunkInfluenceFit.Fit(Weights, All, lambda))).ToArray();

        Assert.True(distances[0] > 0);
        Assert.Equal(distances.OrderByDescending(d => d), distances);
        Assert.Equal(0, distances[^1]);
    }

    [Fact]
    public void The_nested_choice_reads_only_its_training_cases()
    {
        var candidates = ShrunkInfluenceFit.Penalties.Select(l => ($"{l}", (PointFitter)new InfluenceFitter(Weights, l))).ToArray();
        var groups = Cases.Select(c => c.Group).ToArray();
        var training = All.Where(i => i % 3 != 0).ToArray();
        var fitted = new SelectedFitter(candidates, groups, [.. Cases.Select(c => c.Outcome)], 5, 0).Fit(training);
        // The other cases' outcomes turned upside down change nothing.
        var scrambled = Weights.Select((w, i) => i % 3 == 0 ? w with { Outcome = 100 - w.Outcome } : w).ToArray();
        var scrambledCandidates = ShrunkInfluenceFit.Penalties.Select(l => ($"{l}", (PointFitter)new InfluenceFitter(scrambled, l))).ToArray();
        var again = new SelectedFitter(scrambledCandidates, groups, [.. scrambled.Select(w => w.Outcome)], 5, 0).Fit(training);

        Assert.Equal(fitted.Choice, again.Choice);
        Assert.Equal(fitted.Forecasts, again.Forecasts);
        // Every training case calibrates through the inner model that did not see it; the others calibrate nothing.
        Assert.All(All.Where(i => i % 3 == 0), i => Assert.Equal(-1, fitted.Calibration!.ModelOf[i]));
        Assert.All(training, i => Assert.InRange(fitted.Calibration!.ModelOf[i], 0, 4));
    }
}
