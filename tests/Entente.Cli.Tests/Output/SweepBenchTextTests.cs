using Entente.Application.Bench;
using Entente.Cli.Output;

namespace Entente.Cli.Tests.Output;

/// <summary>bench sweep's line gives medians with their spread, and says when a speed-up cannot be right (issue 18.19).</summary>
public class SweepBenchTextTests
{
    [Fact]
    public void The_line_gives_medians_spreads_and_the_speed_up_range()
    {
        var line = SweepBenchText.Line(new SweepBenchResult("EC cars", "compromise", 1000, 2, [100, 120, 90], [150, 250, 180], Identical: true));

        Assert.Equal("EC cars (compromise, 1000 trials, median of 3 alternating runs): one thread 100 trials/s (90-120), 2 cores 180 trials/s (150-250), "
            + "speed-up 1.80x (1.50-2.08), results identical: yes", line);
    }

    [Fact]
    public void A_speed_up_above_the_cores_is_called_disturbed()
    {
        var line = SweepBenchText.Line(new SweepBenchResult("EC cars", "compromise", 1000, 2, [100], [244], Identical: true));

        Assert.EndsWith("speed-up 2.44x (2.44-2.44), results identical: yes; warning: a speed-up above 2 cores means the timing was disturbed (other load?): rerun with more --repeats", line);
    }
}
