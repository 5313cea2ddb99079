using System.Net;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Entente.Web.Ui.Charts;

/// <summary>
/// What every chart shares, so they read alike: legends below the plot (never over the data), lines told apart by
/// dash and marker as well as colour (two actors at the same position stay visible as two), names escaped.
/// </summary>
internal static class ChartStyle
{
    private static readonly string[] Dashes = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"];

    private static readonly SymbolEnum[] Symbols =
        [SymbolEnum.Circle, SymbolEnum.Square, SymbolEnum.Diamond, SymbolEnum.TriangleUp, SymbolEnum.Cross, SymbolEnum.X, SymbolEnum.TriangleDown, SymbolEnum.Star];

    public static string Dash(int series) => Dashes[series % Dashes.Length];

    public static SymbolEnum Symbol(int series) => Symbols[series % Symbols.Length];

    /// <summary>
    /// Later series are drawn thinner and their markers smaller, so a line that coincides with an earlier one shows
    /// inside it rather than hiding it.
    /// </summary>
    public static int Width(int series, int count) => Math.Max(1, 2 + ((count - 1 - series) * 4 / Math.Max(1, count)));

    public static int MarkerSize(int series, int count) => 6 + ((count - 1 - series) * 6 / Math.Max(1, count));

    /// <summary>
    /// A user's name as chart text: Plotly reads a few HTML tags in its labels, so names are entity-escaped and shown
    /// literally, whatever they contain.
    /// </summary>
    public static string Text(string name) => WebUtility.HtmlEncode(name);

    /// <summary>
    /// A horizontal legend at the foot of the chart, below the x axis and its title (placed against the chart's
    /// container, so it never meets the axis title, whatever the chart's height); <see cref="MarginBelow"/> makes room.
    /// </summary>
    public static IList<Legend> LegendBelow() =>
    [
        new Legend
        {
            Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
            YRef = Plotly.Blazor.LayoutLib.LegendLib.YRefEnum.Container,
            Y = 0m,
            YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
            X = 0m,
        },
    ];

    /// <summary>The bottom margin for an x axis with a title and a legend of <paramref name="entries"/> entries below it (about five a row).</summary>
    public static int MarginBelow(int entries) => 75 + (24 * ((Math.Max(1, entries) + 4) / 5));

    public static Plotly.Blazor.Config Config() => new() { Responsive = true, DisplayLogo = false };

    public static string Short(string label, int length = 28) => label.Length <= length ? label : string.Concat(label.AsSpan(0, length - 1), "…");
}
