using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>Sizes, fonts and colours shared by every chart, so a report reads as one document.</summary>
internal static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>
    /// Ten strong, distinct hues first (Tableau 10), so the actors of a typical case are told apart at a
    /// glance; beyond ten, the same hues return with dashed, then dotted lines.
    /// </summary>
    private static readonly IPalette Palette = new ScottPlot.Palettes.Category10();

    public static Color ActorColor(int index) => Palette.GetColor(index % 10);

    public static LinePattern ActorPattern(int index) => (index / 10) switch
    {
        0 => LinePattern.Solid,
        1 => LinePattern.Dashed,
        _ => LinePattern.Dotted,
    };

    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
    ];

    /// <summary>A marker shape per actor, so actors at the same point are told apart by shape as well as colour.</summary>
    public static MarkerShape ActorMarker(int index) => Markers[index % Markers.Length];

    public static void Apply(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, size: 16);
        plot.XLabel(xLabel, size: 14);
        plot.YLabel(yLabel, size: 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
    }

    public static Chart Render(Plot plot, string name, string caption) =>
        new(name, caption, plot.GetImageBytes(Width, Height, ImageFormat.Png), plot.GetSvgXml(Width, Height));

    /// <summary>Short enough for an axis tick: a long scale label is cut with an ellipsis.</summary>
    public static string Clip(string text, int length = 38) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
