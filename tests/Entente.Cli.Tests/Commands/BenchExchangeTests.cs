using Entente.Application.Bench;
using Entente.Cli.Commands;

namespace Entente.Cli.Tests.Commands;

/// <summary>bench exchange times the exchange model, incremental against the full sort, in a table of 80 columns (issue 19.16).</summary>
public class BenchExchangeTests
{
    [Fact]
    public void A_small_run_prints_a_row_per_issue_count_with_the_two_paths_agreeing()
    {
        var run = Cli.Run("bench", "exchange", "--issues", "6", "8", "--actors", "4");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n').Where(l => l.TrimStart().StartsWith('6') || l.TrimStart().StartsWith('8')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.EndsWith("yes", row.TrimEnd(), StringComparison.Ordinal));
        Assert.All(run.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    [Fact]
    public void Without_the_baseline_the_row_says_so_and_still_fits()
    {
        var row = ExchangeBenchText.Row(new ExchangeBenchResult(400, 5, 10, 15660, 12.345, 11.2, null, null));

        Assert.Equal("     400      15660      10         12.345   11.20            -        -     -", row);
        Assert.True(ExchangeBenchText.Header.Length <= 80);
    }

    [Fact]
    public void Issue_counts_below_two_are_refused()
    {
        var run = Cli.Run("bench", "exchange", "--issues", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--issues", run.Error, StringComparison.Ordinal);
    }
}
