using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>Sizes, fonts and colours shared by every chart, so a report reads as one document.</summary>
internal static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>
    /// A qualitative palette with enough distinct hues for the actors of a typical case (Tableau 20,
    /// chosen for telling lines apart); beyond 20 actors colours repeat and line patterns tell them apart.
    /// </summary>
    private static readonly IPalette Palette = new ScottPlot.Palettes.Category20();

    public static Color ActorColor(int index) => Palette.GetColor(index);

    public static LinePattern ActorPattern(int index) => (index / 20) switch
    {
        0 => LinePattern.Solid,
        1 => LinePattern.Dashed,
        _ => LinePattern.Dotted,
    };

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
