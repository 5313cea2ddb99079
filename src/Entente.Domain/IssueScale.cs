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

    /// <summary>Whether <paramref name="value"/> lies on the scale (ends included).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
