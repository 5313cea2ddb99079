using Entente.Application.Bench;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application.Tests.Bench;

/// <summary>bench sweep measures after a warm-up, alternates its runs and reports their spread (issue 18.19).</summary>
public class SweepBenchTests
{
    [Fact]
    public void Each_side_is_timed_as_often_as_asked_and_the_medians_and_spread_come_from_those_runs()
    {
        var result = SweepBench.Measure(SweepBench.Generated(10, 2), "compromise", 2000, new NoiseSettings { Position = 0.05 }, repeats: 3);

        Assert.Equal(3, result.SingleThreadRates.Count);
        Assert.Equal(3, result.AllCoresRates.Count);
        Assert.True(result.Identical);
        Assert.InRange(result.SingleThreadTrialsPerSecond, result.SingleThreadRates.Min(), result.SingleThreadRates.Max());
    }

    [Fact]
    public void The_speed_up_is_the_ratio_of_the_medians_with_the_range_of_the_paired_runs()
    {
        var result = new SweepBenchResult("s", "m", 100, 2, [100, 120, 90], [150, 250, 180], Identical: true);

        Assert.Equal(100, result.SingleThreadTrialsPerSecond);
        Assert.Equal(180, result.AllCoresTrialsPerSecond);
        Assert.Equal(1.8, result.SpeedUp, 12);
        Assert.Equal((1.5, 250.0 / 120), result.SpeedUpRange);
        Assert.False(result.Implausible);
    }

    [Fact]
    public void A_speed_up_above_the_core_count_is_flagged()
    {
        var result = new SweepBenchResult("s", "m", 100, 2, [100, 100, 100], [244, 244, 244], Identical: true);

        Assert.True(result.Implausible);
    }
}
