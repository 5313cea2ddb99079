using Entente.Models.Diplomacy.Unilateral;

namespace Entente.Models.Tests.Diplomacy.V2.Unilateral;

/// <summary>The grid and the tie rules of §9.</summary>
public sealed class BestResponseTests
{
    [Fact]
    public void The_grid_runs_from_lo_in_G_equal_steps_of_the_range()
    {
        var grid = new UnilateralGrid(Lo: -10, Range: 40, Intervals: 8);

        Assert.Equal(9, grid.Count);
        Assert.Equal(-10, grid.Point(0));
        Assert.Equal(5, grid.Point(3));
        Assert.Equal(30, grid.Point(8));
    }

    [Fact]
    public void An_indifferent_decider_stays_where_it_is()
    {
        var choice = BestResponse.OnGrid(new UnilateralGrid(0, 100), 37, _ => 0.0);

        Assert.Equal(37, choice.Position);
    }

    [Fact]
    public void Between_equally_good_points_equally_near_the_lower_is_taken()
    {
        // A plateau on [20, 80] with the decider at 50 and the grid in steps of 20 and 10: 40 and 60 tie.
        static double Plateau(double x) => x is >= 20 and <= 80 ? 0 : -1;

        Assert.Equal(40, BestResponse.OnGrid(new UnilateralGrid(0, 100, 5), 50, Plateau).Position);
        Assert.Equal(50, BestResponse.OnGrid(new UnilateralGrid(0, 100, 10), 50, Plateau).Position);
    }

    [Fact]
    public void Values_within_1e_12_count_as_equal()
    {
        // 90 is better by 1e-13 only; 30 is nearer the decider at 20.
        static double Almost(double x) => x == 90 ? 1e-13 : x == 30 ? 0 : -1;

        Assert.Equal(30, BestResponse.OnGrid(new UnilateralGrid(0, 100, 10), 20, Almost).Position);
    }

    [Fact]
    public void The_terms_are_summed()
    {
        Func<double, double>[] terms = [WelfareTerms.OwnStake(1, 30, 100), WelfareTerms.OwnStake(0.5, 90, 100)];

        var choice = BestResponse.OnGrid(new UnilateralGrid(0, 100), 0, terms);

        Assert.Equal(30, choice.Position);
        Worked.Near(-0.3, choice.Value);
        Worked.Near(-0.3, BestResponse.Welfare(terms, 30));
    }

    [Fact]
    public void An_item_costs_the_no_deal_cost_discounted_to_the_current_round()
    {
        var item = WelfareTerms.Item(0.2, 0.7, deadline: 6, round: 4, violates: x => x < 70);

        Worked.Near(-0.2 * 0.49, item(69));
        Assert.Equal(0, item(70));
    }
}
