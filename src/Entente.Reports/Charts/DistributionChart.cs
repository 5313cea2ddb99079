using Entente.Domain;
using Entente.Simulation.MonteCarlo;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>The distribution of an issue's forecast over a sweep, with the input forecast and the 5-95% band marked.</summary>
internal static class DistributionChart
{
    public static Chart Render(Issue issue, IssueDistribution distribution, long trials, string name)
    {
        var plot = Draw(issue, distribution, trials);
        var d = distribution.Forecast;
        return ChartStyle.Render(plot, name,
            $"Distribution of the forecast of '{issue.Name}' over {trials} Monte Carlo trials: median {d.Median:0.##}, 90% of trials between {d.P5:0.##} and {d.P95:0.##}.");
    }

    /// <summary>The chart as a plot, before it is rendered (for the tests to inspect).</summary>
    internal static Plot Draw(Issue issue, IssueDistribution distribution, long trials)
    {
        var plot = new Plot();
        var d = distribution.Forecast;
        // The band goes in first so the bars are drawn over it.
        var band = plot.Add.HorizontalSpan(d.P5, d.P95);
        band.FillStyle.Color = Colors.Orange.WithAlpha(0.15);
        band.LegendText = "5-95%";
        var bars = distribution.Bars;
        var list = new List<Bar>();
        for (var b = 0; b < bars.Counts.Count; b++)
        {
            list.Add(new Bar
            {
                Position = (bars.Edges[b] + bars.Edges[b + 1]) / 2,
                Value = 100.0 * bars.Counts[b] / Math.Max(1, trials),
                Size = (bars.Edges[b + 1] - bars.Edges[b]) * 0.95,
                FillColor = Colors.SteelBlue,
            });
        }
        plot.Add.Bars(list);
        var input = plot.Add.VerticalLine(distribution.Baseline, 2, Colors.Black, LinePattern.Dashed);
        input.LegendText = $"input forecast {distribution.Baseline:0.##}";
        var median = plot.Add.VerticalLine(d.Median, 2, Colors.DarkRed);
        median.LegendText = $"median {d.Median:0.##}";
        ChartStyle.Apply(plot, $"{issue.Name}: forecast over {trials} trials", "Forecast", "Share of trials (%)");
        // Bars from zero first (this scales every axis to the data), then the forecast axis and its labels set over it.
        plot.Axes.Margins(bottom: 0);
        var span = Math.Max(d.Max - d.Min, issue.Scale.Width * 0.02);
        ScaleAxis.Apply(plot, issue.Scale, vertical: false, view: (d.Min - span * 0.1, d.Max + span * 0.1));
        // Beside the data, not over it: a tall bar or a line at the edge stays visible.
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
