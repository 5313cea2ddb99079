using Entente.Domain;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>
/// An issue's scale on a chart: numbers on the main axis always (a reader must be able to read off any value),
/// and the scale's named points as a secondary annotation on the opposite axis (right or top), short and never
/// overlapping, so the labels neither replace the numbers nor squeeze the data area.
/// </summary>
internal static class ScaleAxis
{
    /// <summary>Characters of a label shown beside the data; the full text is in the report's tables.</summary>
    public const int LabelLength = 26;

    // Rough size of a 11-pixel tick label, to keep neighbours apart.
    private const double CharWidth = 6.5;
    private const double LineHeight = 16;

    /// <summary>Shows <paramref name="view"/> of the scale (default: all of it, with a small margin).</summary>
    public static void Apply(Plot plot, IssueScale scale, bool vertical = true, (double Low, double High)? view = null)
    {
        var margin = scale.Width * 0.03;
        var (low, high) = view ?? (scale.Min - margin, scale.Max + margin);
        if (vertical)
        {
            plot.Axes.SetLimitsY(low, high);
        }
        else
        {
            plot.Axes.SetLimitsX(low, high);
        }
        if (scale.Labels.Count == 0)
        {
            return;
        }
        var room = vertical ? ChartStyle.Height * 0.75 : ChartStyle.Width * 0.7;
        var ticks = Annotations(scale, low, high, room, vertical);
        var secondary = vertical ? (IAxis)plot.Axes.Right : plot.Axes.Top;
        if (vertical)
        {
            plot.Axes.SetLimitsY(low, high, plot.Axes.Right);
        }
        else
        {
            plot.Axes.SetLimitsX(low, high, plot.Axes.Top);
        }
        secondary.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        secondary.TickLabelStyle.FontSize = 11;
        secondary.TickLabelStyle.ForeColor = Colors.DimGray;
    }

    /// <summary>
    /// The labels in view that fit along an axis of <paramref name="room"/> pixels, each clipped, in order of value;
    /// one that would overlap the label before it is left out (the numbers still say where everything is).
    /// </summary>
    internal static Tick[] Annotations(IssueScale scale, double low, double high, double room, bool vertical)
    {
        var ticks = new List<Tick>();
        var lastEnd = double.NegativeInfinity;
        foreach (var point in scale.Labels.Where(p => p.Value >= low && p.Value <= high).OrderBy(p => p.Value))
        {
            var text = ChartStyle.Clip(point.Label, LabelLength);
            var centre = (point.Value - low) / (high - low) * room;
            var half = vertical ? LineHeight / 2 : text.Length * CharWidth / 2;
            if (centre - half < lastEnd)
            {
                continue;
            }
            ticks.Add(new Tick(point.Value, text));
            lastEnd = centre + half;
        }
        return [.. ticks];
    }
}
