using Entente.Models.Diplomacy.Summaries;

namespace Entente.Models.Tests.Diplomacy.V2.Summaries;

/// <summary>The 90% Wilson interval of §12.</summary>
public sealed class WilsonIntervalTests
{
    [Fact]
    public void Without_trials_nothing_is_known()
    {
        Assert.Equal((0.0, 1.0), WilsonInterval.Of(0, 0));
    }

    [Theory]
    [InlineData(446, 2000, 0.208069980492, 0.238678442599)]
    [InlineData(229, 2000, 0.103305708255, 0.126735869729)]
    public void W13_escalation_intervals(int hits, int trials, double lower, double upper)
    {
        var interval = WilsonInterval.Of(hits, trials);

        Worked.Near(lower, interval.Lower);
        Worked.Near(upper, interval.Upper);
    }

    [Fact]
    public void At_no_hits_or_all_hits_the_interval_touches_the_bound_it_cannot_cross()
    {
        var none = WilsonInterval.Of(0, 50);
        var all = WilsonInterval.Of(50, 50);

        Assert.Equal(0, none.Lower);
        Assert.True(none.Upper is > 0 and < 0.1);
        Assert.Equal(1, all.Upper);
        Worked.Near(1 - none.Upper, all.Lower);
    }

    [Fact]
    public void Large_trial_counts_do_not_overflow()
    {
        var interval = WilsonInterval.Of(500_000, 1_000_000);

        // Centred on ½, half-width close to the normal approximation z·√(p(1−p)/n) = z·0.0005.
        Worked.Near(0.5 - interval.Lower, interval.Upper - 0.5);
        Assert.InRange(interval.Upper - 0.5, 1.6448536269514722 * 0.0005 - 1e-8, 1.6448536269514722 * 0.0005);
    }
}
