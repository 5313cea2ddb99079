using Entente.Simulation.Diplomacy;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>Paired differences: the per-trial differences' mean, its interval, quantiles and shares, computed by hand.</summary>
public sealed class PairedDifferenceTests
{
    [Fact]
    public void The_mean_difference_its_interval_and_the_shares_are_those_of_the_per_trial_differences()
    {
        double[] a = [1, 2, 3, 4];
        double[] b = [2, 2, 5, 3];
        var d = PairedDifference.Of(a, b); // differences 1, 0, 2, −1: mean 0.5, sd √(5/3)
        Assert.Equal(2.5, d.Base, 12);
        Assert.Equal(3.0, d.Variant, 12);
        Assert.Equal(0.5, d.Mean, 12);
        var half = 1.6448536269514722 * Math.Sqrt(5.0 / 3.0 / 4.0);
        Assert.Equal(0.5 - half, d.Low, 12);
        Assert.Equal(0.5 + half, d.High, 12);
        Assert.Equal(0.5, d.Higher, 12);
        Assert.Equal(0.25, d.Lower, 12);
        Assert.False(d.ExcludesZero);
    }

    [Fact]
    public void An_event_counts_the_trials_it_happened_in_one_run_only()
    {
        var e = PairedEvent.Of([true, true, false, false, true], [true, false, true, false, false]);
        Assert.Equal(2, e.OnlyBase);
        Assert.Equal(1, e.OnlyVariant);
        Assert.Equal(0.6, e.Base, 12);
        Assert.Equal(0.4, e.Variant, 12);
        Assert.Equal(-0.2, e.Difference.Mean, 12);
    }
}
