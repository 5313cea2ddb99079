using Entente.Models.Common;
using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>Conformal distributions scored in sample and out of fold.</summary>
public class HonestScoringTests
{
    private static readonly BacktestCase Template = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal)[0];

    /// <summary>Exchangeable cases: each its own proposal, outcome 50 + N(0, 12²) kept on the scale, forecast 50.</summary>
    private static IReadOnlyList<BacktestCase> Exchangeable(int n, ulong seed)
    {
        var random = new CounterRandom(seed, 99);
        return Enumerable.Range(0, n)
            .Select(i => Template with { Id = $"i{i}", Group = $"p{i}", Outcome = Math.Clamp(50 + 12 * random.NextGaussian(), 0, 100) })
            .ToArray();
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(0.8, 1)]
    [InlineData(0.95, 2)]
    public void Out_of_fold_intervals_cover_exchangeable_outcomes_at_their_level(double level, int index)
    {
        var coverage = new List<double>();
        for (ulong seed = 0; seed < 4; seed++)
        {
            var cases = Exchangeable(600, seed);
            var scores = HonestScoring.OutOfFold(new FixedFitter([.. cases.Select(_ => (double?)50)]), cases, folds: 5, repeats: 2, innerFolds: 5, seed);
            coverage.Add(scores.Covered[index].Average(c => c!.Value));
        }

        // 2,400 outcomes: the standard error of the coverage is under 1 point; the guarantee is "at least the level".
        Assert.InRange(coverage.Average(), level - 0.02, level + 0.03);
    }

    [Fact]
    public void Out_of_fold_a_case_is_calibrated_on_the_other_folds_never_on_its_own()
    {
        var cases = Exchangeable(100, 5);
        var fitter = new FixedFitter([.. cases.Select(_ => (double?)50)]);
        var folds = ProposalFolds.Assign(cases.Select(c => c.Group), 4, 3);
        var fold1 = Enumerable.Range(0, cases.Count).Where(i => folds[cases[i].Group] == 1).ToArray();
        var fold2 = Enumerable.Range(0, cases.Count).Where(i => folds[cases[i].Group] == 2).ToArray();
        // One case of fold 2 moves far: the other cases of its fold keep their scores, fold 1's change.
        var moved = cases.Select((c, i) => i == fold2[0] ? c with { Outcome = 100 - c.Outcome } : c).ToArray();

        var before = HonestScoring.OutOfFold(fitter, cases, 4, 1, 5, 3);
        var after = HonestScoring.OutOfFold(fitter, moved, 4, 1, 5, 3);

        Assert.All(fold2.Skip(1), i => Assert.Equal(before.Crps[i], after.Crps[i]));
        Assert.Contains(fold1, i => before.Crps[i] != after.Crps[i]);
    }

    [Fact]
    public void In_sample_a_fixed_forecast_is_scored_against_every_residual_its_own_included()
    {
        var cases = Exchangeable(3, 1);
        var scores = HonestScoring.InSample(new FixedFitter([50, 50, 50]), cases);
        // Every case's sample is the three outcomes themselves (50 + each residual).
        var sorted = cases.Select(c => c.Outcome).Order().ToArray();

        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(PredictiveSample.Crps(sorted, cases[i].Outcome), scores.Crps[i]!.Value, 12));
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(Math.Abs(50 - cases[i].Outcome), scores.Errors[i]!.Value, 12));
    }
}
