using Entente.Domain;

namespace Entente.Cli.Output;

/// <summary>
/// A value on a labelled scale in words: "≈ 80: current flows" when a named point is close
/// (<see cref="IssueScale.LabelReach"/>), else "between '0: none' and '50: some'", never a far label as if it applied.
/// </summary>
internal static class ScaleWords
{
    /// <summary>The words for <paramref name="value"/>; empty when the scale has no labels.</summary>
    public static string Describe(IssueScale scale, double value)
    {
        if (scale.Labels.Count == 0)
        {
            return "";
        }
        if (scale.LabelNear(value) is { } near)
        {
            return $"≈ {Point(near)}";
        }
        return scale.LabelsAround(value) switch
        {
            ({ } below, { } above) => $"between '{Point(below)}' and '{Point(above)}'",
            ({ } below, null) => $"above '{Point(below)}'",
            (null, { } above) => $"below '{Point(above)}'",
            _ => "",
        };
    }

    private static string Point(ScalePoint point) => $"{Numbers.Show(point.Value)}: {point.Label}";
}
