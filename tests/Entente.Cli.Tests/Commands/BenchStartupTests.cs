using Entente.Cli.Commands;

namespace Entente.Cli.Tests.Commands;

/// <summary>bench startup reports whole-process times against the 0.2 s target (issue 18.17).</summary>
public class BenchStartupTests
{
    [Fact]
    public void The_line_gives_the_median_and_range_and_whether_the_target_is_met()
    {
        Assert.Equal("forecast of EC cars, whole process: median 0.150 s (0.120-0.400 s over 3 runs); target under 0.2 s: met",
            BenchStartup.Line([0.4, 0.12, 0.15]));
        Assert.EndsWith("median 0.250 s (0.200-0.300 s over 2 runs); target under 0.2 s: not met", BenchStartup.Line([0.2, 0.3]), StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_startup_is_a_bench_command()
    {
        var help = Cli.Run("bench", "startup", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("target: under 0.2 s", help.Out, StringComparison.Ordinal);
    }
}
