using System.Globalization;
using Spectre.Console;

namespace Entente.Cli.Tests;

/// <summary>Progress bars on a terminal go away when the work ends, leaving its summary line (issue 18.12).</summary>
public class LiveProgressTests
{
    [Fact]
    public void Bars_are_cleared_when_the_work_ends()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, redirected: false, new EmptyServices());

        Assert.True(LiveProgress.Bars(console, new ProgressBarColumn()).AutoClear);
        Assert.True(LiveProgress.Bars(console, new ProgressBarColumn()).HideCompleted);
    }

    [Theory]
    [InlineData("sweep: 50 trials in ", "sweep", "--trials", "50")]
    [InlineData("forecast: 1 issue, 56 rounds in ", "forecast", "--model", "eum")]
    public void On_a_terminal_the_last_progress_line_is_the_summary(string summary, params string[] command)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var code = EntenteApp.Run([command[0], RepoPaths.Example("ec-cars-1994.yaml"), .. command[1..]], output, error, redirected: false);

        Assert.Equal(0, code);
        var last = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith(summary, last, StringComparison.Ordinal);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
