using Entente.Simulation.Backtest;

namespace Entente.Simulation.Tests.Backtest;

public class BootstrapAndFoldsTests
{
    private static readonly IReadOnlyList<BacktestCase> Cases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal);

    private static IReadOnlyList<(string Group, double Error)> MidpointErrors() =>
        ErrorStatistics.Errors(Predictor.Midpoint, Cases);

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_another()
    {
        var errors = MidpointErrors();
        var first = ClusterBootstrap.Interval(errors, 7, 500);
        var again = ClusterBootstrap.Interval(errors, 7, 500);
        var other = ClusterBootstrap.Interval(errors, 8, 500);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_interval_brackets_the_MAE()
    {
        var errors = MidpointErrors();
        var mae = errors.Average(e => e.Error);
        var (low, high) = ClusterBootstrap.Interval(errors, 1, 1000);
        Assert.InRange(mae, low, high);
        Assert.True(high - low > 1, "proposal resampling of 93 proposals cannot pin the MAE to a point");
    }

    [Fact]
    public void The_standard_error_of_two_equal_groups_is_half_their_spread_over_root_two()
    {
        // Two groups of one case, 0 and 10: each resample's mean is 0, 5 or 10 with chances ¼, ½, ¼, so the
        // standard error is √(¼·25 + ¼·25) = √12.5 ≈ 3.54; 20,000 resamples pin it to a few hundredths.
        Assert.Equal(Math.Sqrt(12.5), ClusterBootstrap.StandardError([("a", 0.0), ("b", 10.0)], 3, 20_000), 1);
    }

    [Fact]
    public void The_detectable_effect_is_2_8_standard_errors_of_the_paired_difference()
    {
        var mine = ErrorStatistics.PerCase(Predictor.Midpoint, Cases);
        var other = mine.Select((e, i) => e + (i % 2 == 0 ? 3 : -1)).ToArray();
        var paired = ErrorStatistics.Paired("x", mine, other, Cases, 4, 400);
        var differences = Cases.Select((c, i) => (c.Group, mine[i]!.Value - other[i]!.Value)).ToArray();

        Assert.Equal(2.801585 * ClusterBootstrap.StandardError(differences, 4, 400), paired.MinimumDetectableEffect, 9);
    }

    [Fact]
    public void A_single_group_resamples_to_itself()
    {
        var (low, high) = ClusterBootstrap.Interval([("p", 3.0), ("p", 5.0)], 0, 50);
        Assert.Equal((4.0, 4.0), (low, high));
    }

    [Fact]
    public void Folds_take_whole_proposals_and_differ_in_size_by_at_most_one_proposal()
    {
        var groups = Cases.Select(c => c.Group).ToArray();
        var folds = ProposalFolds.Assign(groups, 10, 3);
        Assert.Equal(groups.Distinct().Count(), folds.Count);
        var sizes = folds.Values.GroupBy(f => f).Select(g => g.Count()).ToArray();
        Assert.Equal(10, sizes.Length);
        Assert.True(sizes.Max() - sizes.Min() <= 1);
        Assert.Equal(folds, ProposalFolds.Assign(groups.Reverse(), 10, 3));
        Assert.NotEqual(folds, ProposalFolds.Assign(groups, 10, 4));
    }

    [Fact]
    public void Out_of_fold_errors_never_come_from_a_candidate_tuned_on_the_same_proposal()
    {
        // Two candidates: one perfect on proposals in even folds, one perfect on the others. Tuned on the
        // training folds, each test fold must get the candidate that is wrong on it half the time at least.
        var folds = ProposalFolds.Assign(Cases.Select(c => c.Group), 2, 5);
        var perfectOnFold0 = new Predictor("a", "model", c => folds[c.Group] == 0 ? c.Outcome : c.Outcome + 10);
        var perfectOnFold1 = new Predictor("b", "model", c => folds[c.Group] == 1 ? c.Outcome : c.Outcome + 10);
        var result = CrossValidation.Tune([perfectOnFold0, perfectOnFold1], Cases, 2, 5);
        Assert.All(result.OutOfFoldErrors, e => Assert.Equal(10, e.Error));
        Assert.Equal(["b", "a"], result.FoldChoices);
    }
}
