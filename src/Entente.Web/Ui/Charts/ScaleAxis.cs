using System.Globalization;
using Entente.Domain;
using Plotly.Blazor.LayoutLib;

namespace Entente.Web.Ui.Charts;

/// <summary>
/// An issue's scale as two vertical axes: the numbers on the left (Plotly's own ticks), the scenario's labels on the
/// right at their values, so a reader sees both where a line is and what that means.
/// </summary>
internal static class ScaleAxis
{
    public static YAxis Numbers(IssueScale? scale, string title) => new()
    {
        Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = ChartStyle.Text(title) },
        Range = Range(scale),
        ZeroLine = false,
        AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
    };

    /// <summary>The labels' axis, overlaying the numbers' (it needs a trace of its own to be drawn: <see cref="Anchor"/>).</summary>
    public static YAxis Labels(IssueScale? scale) => new()
    {
        Overlaying = "y",
        Side = Plotly.Blazor.LayoutLib.YAxisLib.SideEnum.Right,
        Range = Range(scale),
        TickMode = Plotly.Blazor.LayoutLib.YAxisLib.TickModeEnum.Array,
        TickVals = scale is null ? [] : [.. scale.Labels.Select(l => (object)l.Value)],
        TickText = scale is null ? [] : [.. scale.Labels.Select(l => (object)ChartStyle.Text(ChartStyle.Short(l.Label)))],
        ShowGrid = false,
        ZeroLine = false,
        AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
    };

    /// <summary>An invisible trace on the labels' axis, so that Plotly draws it.</summary>
    public static Plotly.Blazor.Traces.Scatter Anchor(IssueScale? scale, object x) => new()
    {
        X = [x],
        Y = [scale?.Min ?? 0.0],
        YAxis = "y2",
        ShowLegend = false,
        HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip,
        Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
        Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Opacity = 0m },
    };

    private static IList<object> Range(IssueScale? scale)
    {
        if (scale is null)
        {
            return [];
        }
        var pad = scale.Width * 0.04;
        return [scale.Min - pad, scale.Max + pad];
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
