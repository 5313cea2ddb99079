using Entente.Domain;
using Entente.Reports.Charts;
using ScottPlot;

namespace Entente.Reports.Tests.Charts;

/// <summary>
/// Charts a reader can read (issues 18.8 and 15): numbers on the scale axis always, the scale's labels beside
/// them, legends outside the data, and actors that share a path still visible.
/// </summary>
public class ChartReadabilityTests
{
    private static readonly ReportData Data = ReportFixture.Data();
    private static readonly Issue Talks = Data.Forecast.Scenario.Issues[0];

    public static TheoryData<string> Charts() => ["trajectory", "distribution", "tornado"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void The_scale_axis_has_numbers_and_the_labels_go_on_the_opposite_axis(string chart)
    {
        var plot = Draw(chart);
        var vertical = chart == "trajectory";
        var main = vertical ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var secondary = vertical ? (IAxis)plot.Axes.Right : plot.Axes.Top;
        plot.GetImage(ChartStyle.Width, ChartStyle.Height);

        var numbers = main.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.True(numbers.Count >= 3, string.Join(", ", numbers));
        Assert.All(numbers, label => Assert.True(double.TryParse(label, System.Globalization.CultureInfo.InvariantCulture, out _), label));
        Assert.Contains(secondary.TickGenerator.Ticks, t => t.Label.StartsWith("talks without precond", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void The_legend_is_beside_the_data_not_over_it(string chart)
    {
        var plot = Draw(chart);

        Assert.False(plot.Legend.IsVisible);
        Assert.Contains(plot.Axes.GetPanels(), panel => panel.GetType().Name.Contains("Legend", StringComparison.Ordinal));
    }

    [Fact]
    public void The_median_is_drawn_first_and_wider_and_each_actor_thinner_than_the_one_before()
    {
        var lines = TrajectoryChart.Draw(Talks, Data.Forecast.Result.Issues[0]).GetPlottables().OfType<ScottPlot.Plottables.Scatter>().ToList();

        Assert.Equal("weighted median", lines[0].LegendText);
        Assert.Equal(["north", "south", "broker"], lines.Skip(1).Select(l => l.LegendText));
        var widths = lines.Select(l => l.LineWidth).ToList();
        Assert.Equal([9f, 6f, 3.75f, 1.5f], widths);
        Assert.Equal(3, lines.Skip(1).Select(l => l.MarkerShape).Distinct().Count());
    }

    [Fact]
    public void Labels_that_would_overlap_or_lie_outside_the_view_are_left_out()
    {
        var scale = new IssueScale
        {
            Min = 0,
            Max = 100,
            Labels = [new ScalePoint(0, "none"), new ScalePoint(85, "partner at the state visit"), new ScalePoint(100, "co-manager")],
        };

        Assert.Equal([0.0, 85.0], ScaleAxis.Annotations(scale, 0, 100, room: 630, vertical: false).Select(t => t.Position));
        Assert.Equal([0.0, 85.0, 100.0], ScaleAxis.Annotations(scale, 0, 100, room: 375, vertical: true).Select(t => t.Position));
        Assert.Equal([85.0, 100.0], ScaleAxis.Annotations(scale, 50, 100, room: 375, vertical: true).Select(t => t.Position));
    }

    private static Plot Draw(string chart) => chart switch
    {
        "trajectory" => TrajectoryChart.Draw(Talks, Data.Forecast.Result.Issues[0]),
        "distribution" => DistributionChart.Draw(Talks, Data.Sweep!.Issues[0], Data.Sweep.Plan.Trials),
        _ => TornadoChart.Draw(Talks, Data.Sensitivity!.Issues[0]),
    };
}
