using Entente.Domain;
using Entente.Simulation.MonteCarlo;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The distribution of each issue's forecast over a sweep's trials, as a table or JSON.</summary>
internal static class SweepOutput
{
    public static void Table(IAnsiConsole console, Scenario scenario, SweepResult sweep)
    {
        var noise = sweep.Plan.Noise;
        console.MarkupLine(Markup.Escape(
            $"{scenario.Name}  model {sweep.Model}, {sweep.Plan.Trials} trials, seed {sweep.Plan.Seed}, noise: position {noise.Position}, salience {noise.Salience}, capability {noise.Capability}"
            + (noise.Belief > 0 || noise.Credibility > 0 ? $", belief {noise.Belief}, credibility {noise.Credibility}" : "")));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Issue", "Input forecast", "Mean", "SD", "5%", "25%", "Median", "75%", "95%");
        foreach (var issue in sweep.Issues)
        {
            var d = issue.Forecast;
            table.AddRow(
                Markup.Escape(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId),
                Numbers.Show(issue.Baseline), Numbers.Show(d.Mean), Numbers.Show(d.StandardDeviation),
                Numbers.Show(d.P5), Numbers.Show(d.P25), Numbers.Show(d.Median), Numbers.Show(d.P75), Numbers.Show(d.P95));
        }
        FittedTable.Write(console, table);
        var method = sweep.Issues.FirstOrDefault()?.Forecast.Method == QuantileMethod.Histogram
            ? $"quantiles from a {SweepResult.HistogramBins}-bin histogram per issue (accurate to one bin: scale width / {SweepResult.HistogramBins})"
            : "quantiles exact (every trial kept)";
        console.MarkupLine(Markup.Escape($"{method}; {sweep.TrialsPerSecond:F0} trials/s"));
    }
}
