using Entente.Domain;
using Entente.Models;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>Each actor's position round by round, with the weighted mean and median, on the issue's labelled scale.</summary>
internal static class TrajectoryChart
{
    public static Chart Render(Issue issue, IssueForecast forecast, string name)
    {
        var plot = new Plot();
        var rounds = forecast.Rounds.Select(r => (double)r.Round).ToArray();
        var actors = forecast.Rounds[0].Positions.Keys.ToList();
        for (var a = 0; a < actors.Count; a++)
        {
            var ys = forecast.Rounds.Select(r => r.Positions.TryGetValue(actors[a], out var x) ? x : double.NaN).ToArray();
            var line = plot.Add.Scatter(rounds, ys);
            line.LegendText = actors[a];
            line.Color = ChartStyle.ActorColor(a);
            line.LinePattern = ChartStyle.ActorPattern(a);
            line.LineWidth = 2;
            line.MarkerSize = rounds.Length > 30 ? 0 : 5;
        }
        var median = plot.Add.Scatter(rounds, forecast.Rounds.Select(r => r.WeightedMedian).ToArray());
        median.LegendText = "weighted median";
        median.Color = Colors.Black;
        median.LineWidth = 3;
        median.LinePattern = LinePattern.Dashed;
        median.MarkerSize = 0;

        ChartStyle.Apply(plot, $"{issue.Name}: positions by round", "Round", "Position");
        ScaleAxis(plot, issue.Scale);
        plot.Axes.SetLimitsX(rounds[0] - 0.2, Math.Max(rounds[^1], 1) + 0.2);
        // Rounds are whole numbers: a short run gets a tick per round, a long one ScottPlot's own spacing.
        if (rounds[^1] <= 20)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        }
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Render(plot, name,
            $"Positions of the {actors.Count} actors on '{issue.Name}' over {rounds.Length - 1} rounds; the dashed black line is the weighted median, the forecast.");
    }

    /// <summary>Puts the issue's named points on the position axis, so a reader sees what the numbers mean.</summary>
    internal static void ScaleAxis(Plot plot, IssueScale scale, bool vertical = true)
    {
        var margin = scale.Width * 0.03;
        if (vertical)
        {
            plot.Axes.SetLimitsY(scale.Min - margin, scale.Max + margin);
        }
        else
        {
            plot.Axes.SetLimitsX(scale.Min - margin, scale.Max + margin);
        }
        if (scale.Labels.Count == 0)
        {
            return;
        }
        // A horizontal axis has less room per label than a vertical one, and its last label must not run off the picture.
        var length = vertical ? 38 : 24;
        var ticks = scale.Labels.Select(p => new Tick(p.Value, $"{p.Value:0.##}: {ChartStyle.Clip(p.Label, length)}")).ToArray();
        var generator = new ScottPlot.TickGenerators.NumericManual(ticks);
        if (vertical)
        {
            plot.Axes.Left.TickGenerator = generator;
        }
        else
        {
            plot.Axes.Bottom.TickGenerator = generator;
            plot.Axes.Right.MinimumSize = 90;
        }
    }
}
