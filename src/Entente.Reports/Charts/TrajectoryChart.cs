using Entente.Domain;
using Entente.Models;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>Each actor's position round by round, with the weighted mean and median, on the issue's labelled scale.</summary>
internal static class TrajectoryChart
{
    public static Chart Render(Issue issue, IssueForecast forecast, string name)
    {
        var plot = Draw(issue, forecast);
        return ChartStyle.Render(plot, name,
            $"Positions of the {forecast.Rounds[0].Positions.Count} actors on '{issue.Name}' over {forecast.Rounds.Count - 1} rounds; the wide grey line is the weighted median, the forecast; actors on the same path show as nested lines." + ScaleNote(issue.Scale));
    }

    /// <summary>The scale's labels in full, for the caption: beside the axis they are clipped.</summary>
    private static string ScaleNote(IssueScale scale) =>
        scale.Labels.Count == 0 ? "" : " Scale: " + string.Join("; ", scale.Labels.Select(p => $"{p.Value:0.##}: {p.Label}")) + ".";

    /// <summary>The chart as a plot, before it is rendered (for the tests to inspect).</summary>
    internal static Plot Draw(Issue issue, IssueForecast forecast)
    {
        var plot = new Plot();
        var rounds = forecast.Rounds.Select(r => (double)r.Round).ToArray();
        var actors = forecast.Rounds[0].Positions.Keys.ToList();
        // The median goes first, wide and pale, so an actor on it is drawn over it rather than hidden by it.
        var median = plot.Add.Scatter(rounds, forecast.Rounds.Select(r => r.WeightedMedian).ToArray());
        median.LegendText = "weighted median";
        median.Color = Colors.Black.WithAlpha(0.25);
        median.LineWidth = MedianWidth;
        median.MarkerSize = 0;
        for (var a = 0; a < actors.Count; a++)
        {
            var ys = forecast.Rounds.Select(r => r.Positions.TryGetValue(actors[a], out var x) ? x : double.NaN).ToArray();
            var line = plot.Add.Scatter(rounds, ys);
            line.LegendText = actors[a];
            line.Color = ChartStyle.ActorColor(a);
            line.LinePattern = ChartStyle.ActorPattern(a);
            // Each actor drawn thinner than the one before, with its own marker: actors that coincide show as
            // nested lines and stacked markers instead of one line.
            line.LineWidth = ActorWidth(a, actors.Count);
            line.MarkerShape = ChartStyle.ActorMarker(a);
            line.MarkerSize = rounds.Length > 30 ? 0 : (float)(ActorWidth(a, actors.Count) + 5);
        }

        ChartStyle.Apply(plot, $"{issue.Name}: positions by round", "Round", "Position");
        ScaleAxis.Apply(plot, issue.Scale);
        plot.Axes.SetLimitsX(rounds[0] - 0.2, Math.Max(rounds[^1], 1) + 0.2);
        // Rounds are whole numbers: a short run gets a tick per round, a long one ScottPlot's own spacing.
        if (rounds[^1] <= 20)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        }
        // Below the data: the scale's labels take the right, and a title centred over a narrow data area runs off the picture.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Width of the weighted median's line: wider than any actor's, so it shows round them.</summary>
    internal const float MedianWidth = 9;

    /// <summary>Line width of the actor drawn <paramref name="index"/>th of <paramref name="count"/>: from 6 down to 1.5.</summary>
    internal static float ActorWidth(int index, int count) =>
        count <= 1 ? 2 : (float)(6 - 4.5 * index / (count - 1));
}
