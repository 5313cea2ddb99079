namespace Entente.Cli.Tests.Commands;

/// <summary>Small things a new user runs into in the first hour (issue 18), each as the user would type it.</summary>
public class FirstHourTests
{
    [Fact]
    public void Help_is_a_command_too()
    {
        var top = Cli.Run("help");
        var sweep = Cli.Run("help", "sweep");

        Assert.Equal(0, top.ExitCode);
        Assert.Contains("forecast", top.Out, StringComparison.Ordinal);
        Assert.Equal(0, sweep.ExitCode);
        Assert.Contains("--position-noise", sweep.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_smp_without_arguments_times_a_generated_scenario()
    {
        var result = Cli.Run("bench", "smp", "--turns", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("generated: 200 actors x 3 dims, 1 turns in ", result.Out, StringComparison.Ordinal);
    }
}
