using Entente.Models.Diplomacy.Beliefs;

namespace Entente.Models.Tests.Diplomacy.V2.Beliefs;

/// <summary>Grids and priors of specification §2.3 (W2).</summary>
public sealed class TypeGridTests
{
    [Fact]
    public void Uncertain_resolve_spreads_five_points_weighted_one_two_three_two_one()
    {
        var grid = TypeGrid.Uncertain(0.7);
        Near.Equal([0.4, 0.55, 0.7, 0.85, 1.0], grid.Points);
        Near.Equal([1 / 9.0, 2 / 9.0, 3 / 9.0, 2 / 9.0, 1 / 9.0], grid.Weights);
        Near.Equal(0.7, grid.Mean);
    }

    [Fact]
    public void Points_clipped_at_one_merge_and_lower_the_mean()
    {
        var grid = TypeGrid.Uncertain(0.9);
        Near.Equal([0.6, 0.75, 0.9, 1.0], grid.Points);
        Near.Equal([1 / 9.0, 2 / 9.0, 3 / 9.0, 3 / 9.0], grid.Weights);
        Near.Equal(0.8666666666666667, grid.Mean);
    }

    [Fact]
    public void A_reputation_is_a_binomial_prior_on_reciprocity_with_that_mean()
    {
        var grid = TypeGrid.Reputation(0.6);
        Near.Equal([0.16, 0.48, 0.36], grid.Weights);
        Near.Equal(0.6, grid.Mean);
    }

    [Fact]
    public void The_auto_reciprocity_prior_is_a_quarter_a_half_a_quarter()
    {
        Near.Equal([0.25, 0.5, 0.25], TypeGrid.AutoReciprocity().Weights);
    }

    [Fact]
    public void Explicit_grids_must_ascend_and_carry_one_weight_per_point()
    {
        Assert.Throws<ArgumentException>(() => TypeGrid.Of([0.5, 0.4], [1, 1]));
        Assert.Throws<ArgumentException>(() => TypeGrid.Of([0.4, 0.5], [1]));
        Assert.Throws<ArgumentException>(() => TypeGrid.Of([0.4, 0.5], [0, 0]));
        Assert.Throws<ArgumentException>(() => TypeGrid.Of([.. Enumerable.Range(1, 10).Select(i => i / 10.0)], [.. Enumerable.Repeat(1.0, 10)]));
        Near.Equal([0.25, 0.75], TypeGrid.Of([0.4, 0.5], [1, 3]).Weights);
    }

    [Fact]
    public void The_nearest_point_breaks_ties_downwards()
    {
        var grid = TypeGrid.Of([0.0, 0.5, 1.0], [1, 1, 1]);
        Assert.Equal(0, grid.Nearest(0.25));
        Assert.Equal(1, grid.Nearest(0.3));
        Assert.Equal(2, grid.Nearest(7));
    }
}
