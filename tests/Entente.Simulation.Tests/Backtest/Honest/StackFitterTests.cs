using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Tests.Backtest.Honest;

/// <summary>The stacked forecast: non-negative weights on the simplex, shrunk toward the first base.</summary>
public class StackFitterTests
{
    // Four cases; base a forecasts 0 everywhere, base b forecasts the outcome exactly, base c abstains on case 3.
    private static readonly double[] Outcomes = [10, 20, 30, 40];
    private static readonly double?[][] Bases = [[0, 0, 0, 0], [10, 20, 30, 40], [50, 50, 50, null]];

    [Fact]
    public void Without_a_penalty_all_weight_goes_to_the_base_that_fits()
    {
        var fitted = new StackFitter(["a", "b", "c"], Bases, Outcomes, 0).Fit([0, 1, 2, 3]);

        Assert.Equal([10, 20, 30, 40], fitted.Forecasts.Select(f => f!.Value));
        Assert.Equal("b=1.0", fitted.Choice);
    }

    [Fact]
    public void An_infinite_penalty_is_the_first_base_and_a_large_one_shrinks_toward_it()
    {
        var none = new StackFitter(["a", "b", "c"], Bases, Outcomes, double.PositiveInfinity).Fit([0, 1, 2, 3]);
        // The other bases lie within 50 of a, so moving weight w off a moves no forecast by more than 50·w: the MAE
        // drops by at most 50·w and the penalty costs λ·w, which at λ = 100 never pays.
        var shrunk = new StackFitter(["a", "b", "c"], Bases, Outcomes, 100).Fit([0, 1, 2, 3]);

        Assert.All(none.Forecasts, f => Assert.Equal(0, f));
        Assert.Equal("a=1.0", shrunk.Choice);
    }

    [Fact]
    public void Where_a_base_abstains_the_other_weights_are_renormalised()
    {
        // Training on case 3 alone: c abstains there, so any weight on it is spread over a and b.
        var fitted = new StackFitter(["a", "b", "c"], Bases, Outcomes, 0).Fit([3]);

        Assert.Equal(40, fitted.Forecasts[3]!.Value, 9);
    }
}
