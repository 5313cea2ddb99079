using Entente.Domain;
using Entente.Simulation.Sensitivity;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>A tornado: the inputs whose change moves the forecast most, widest at the top.</summary>
internal static class TornadoChart
{
    private const int Bars = 12;

    public static Chart Render(Issue issue, IssueSensitivity sensitivity, string name)
    {
        var plot = Draw(issue, sensitivity);
        return ChartStyle.Render(plot, name,
            $"Sensitivity of the forecast of '{issue.Name}': each bar spans the forecasts with one actor's input moved down and up; the widest bars are the inputs the forecast hangs on.");
    }

    /// <summary>The chart as a plot, before it is rendered (for the tests to inspect).</summary>
    internal static Plot Draw(Issue issue, IssueSensitivity sensitivity)
    {
        var plot = new Plot();
        // A bar of zero width says only that the input does not matter here; leave it to the tables.
        var shown = sensitivity.Tornado.Where(b => b.Swing > 0).Take(Bars).Reverse().ToList();
        var baseline = sensitivity.Baseline;
        var ticks = new List<Tick>();
        for (var i = 0; i < shown.Count; i++)
        {
            var bar = shown[i];
            var low = Math.Min(bar.Low, bar.High);
            var high = Math.Max(bar.Low, bar.High);
            plot.Add.Bar(new Bar
            {
                Position = i,
                ValueBase = Math.Min(low, baseline),
                Value = Math.Max(high, baseline),
                FillColor = bar.Field switch
                {
                    SensitivityField.Position => Colors.SteelBlue,
                    SensitivityField.Salience => Colors.DarkOrange,
                    _ => Colors.SeaGreen,
                },
                Orientation = Orientation.Horizontal,
                Size = 0.7,
            });
            ticks.Add(new Tick(i, $"{bar.ActorId} {bar.Field.ToString().ToLowerInvariant()}"));
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Add.VerticalLine(baseline, 2, Colors.Black, LinePattern.Dashed).LegendText = $"forecast {baseline:0.##}";
        foreach (var (label, color) in new[] { ("position", Colors.SteelBlue), ("salience", Colors.DarkOrange), ("capability", Colors.SeaGreen) })
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }
        ChartStyle.Apply(plot, $"{issue.Name}: what moves the forecast", "Forecast when the input moves down and up", "");
        ScaleAxis.Apply(plot, issue.Scale, vertical: false);
        // Beside the data, not over it: a bar at the edge stays visible.
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
