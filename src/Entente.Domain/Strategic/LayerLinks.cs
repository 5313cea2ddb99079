namespace Entente.Domain.Strategic;

/// <summary>An issue one actor decides alone (specification §9): its forecast is that actor's best response.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="DecidedBy">The decider.</param>
public sealed record UnilateralIssue(string Issue, string DecidedBy);

/// <summary>
/// Leverage (§9): <c>By</c> pulls <c>Over</c>'s unilateral choice on <c>Issue</c> toward its own demand, with a
/// weight that is a constant or grows with <c>By</c>'s position on another issue (<c>Via</c>): λ = scale·dist(x_via, lo).
/// </summary>
public sealed record Leverage
{
    /// <summary>Who pulls.</summary>
    public required string By { get; init; }

    /// <summary>Whose choice is pulled.</summary>
    public required string Over { get; init; }

    /// <summary>The unilateral issue.</summary>
    public required string Issue { get; init; }

    /// <summary>The issue whose position sets the weight; null for a constant weight.</summary>
    public string? Via { get; init; }

    /// <summary>The scale of a <c>Via</c> weight; null for the default.</summary>
    public double? Scale { get; init; }

    /// <summary>A constant weight, when there is no <c>Via</c>.</summary>
    public double? Weight { get; init; }
}

/// <summary>An actor's delay cost and benefit per round in negotiations (§8): h = base + Σ scale·dist(x_{j,via}, lo).</summary>
public sealed record DelayTerms
{
    /// <summary>The actor.</summary>
    public required string Actor { get; init; }

    /// <summary>h⁰; null for the default.</summary>
    public double? Base { get; init; }

    /// <summary>g: what waiting brings it per round; null for the default.</summary>
    public double? Benefit { get; init; }

    /// <summary>Pressure from others' positions.</summary>
    public ValueList<DelayLink> From { get; init; } = ValueList<DelayLink>.Empty;
}

/// <summary>One source of delay cost: actor j's position on issue via, times a scale.</summary>
/// <param name="Actor">j.</param>
/// <param name="Issue">via.</param>
/// <param name="Scale">The scale.</param>
public sealed record DelayLink(string Actor, string Issue, double Scale);

/// <summary>Which dyads escalation watches, and their costs (§10).</summary>
public sealed record ConflictSettings
{
    /// <summary>The focal dyads; empty: all pairs.</summary>
    public ValueList<ValueList<string>> Dyads { get; init; } = ValueList<ValueList<string>>.Empty;

    /// <summary>κ per actor where it differs from its conflict cost.</summary>
    public ValueList<ActorNumber> Cost { get; init; } = ValueList<ActorNumber>.Empty;
}

/// <summary>An actor's ideal on an issue where it differs from its initial position (specification §2.1).</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Ideal">x*.</param>
public sealed record IdealPoint(string Actor, string Issue, double Ideal);
