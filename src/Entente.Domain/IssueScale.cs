namespace Entente.Domain;

/// <summary>The continuum of outcomes of an issue, from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record IssueScale
{
    /// <summary>The lowest outcome.</summary>
    public required double Min { get; init; }

    /// <summary>The highest outcome.</summary>
    public required double Max { get; init; }

    /// <summary>Named points of the scale, in the order given.</summary>
    public ValueList<ScalePoint> Labels { get; init; } = ValueList<ScalePoint>.Empty;

    /// <summary>The conventional 0-100 scale of expert-coded data.</summary>
    public static IssueScale Percent => new() { Min = 0, Max = 100 };

    /// <summary>Width of the scale.</summary>
    public double Width => Max - Min;

    /// <summary>How close, as a share of <see cref="Width"/>, a value must be to a named point to be called by its name.</summary>
    public const double LabelReach = 0.05;

    /// <summary>
    /// The named point within <see cref="LabelReach"/> of the scale's width from <paramref name="value"/> (the
    /// nearest, if several); null when none is that close, because a label further off would misdescribe the value.
    /// </summary>
    public ScalePoint? LabelNear(double value)
    {
        var nearest = Labels.Count == 0 ? null : Labels.MinBy(p => Math.Abs(p.Value - value));
        return nearest is not null && Math.Abs(nearest.Value - value) <= LabelReach * Math.Abs(Width) ? nearest : null;
    }

    /// <summary>The nearest named points below and above <paramref name="value"/>; either is null where the labels end.</summary>
    public (ScalePoint? Below, ScalePoint? Above) LabelsAround(double value) =>
        (Labels.Where(p => p.Value <= value).MaxBy(p => p.Value), Labels.Where(p => p.Value >= value).MinBy(p => p.Value));

    /// <summary>Whether <paramref name="value"/> lies on the scale (ends included).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
