namespace Entente.Domain.Diplomacy;

/// <summary>Whether a conditional commitment rewards meeting its condition or punishes missing it.</summary>
public enum CommitmentKind
{
    /// <summary>If the condition is met, the actor moves issue e to w.</summary>
    Promise,

    /// <summary>If the condition is not met by its round, the actor moves issue e to w.</summary>
    Threat,
}

/// <summary>Which side of the threshold meets a commitment's condition.</summary>
public enum ConditionDirection
{
    /// <summary>The target's position must reach at least the threshold.</summary>
    AtLeast,

    /// <summary>The target's position must reach at most the threshold.</summary>
    AtMost,
}

/// <summary>
/// Linkage: "if <see cref="Target"/>'s position on <see cref="ConditionIssue"/> reaches at least (at most)
/// <see cref="Threshold"/> by round <see cref="ByRound"/>, <see cref="Actor"/> moves <see cref="Issue"/> to
/// <see cref="MoveTo"/>" (a promise), or "... otherwise it does" (a threat).
/// </summary>
public sealed record Commitment
{
    /// <summary>Identifier that variants and the explanation refer to; unique among commitments.</summary>
    public required string Id { get; init; }

    /// <summary>Promise or threat.</summary>
    public CommitmentKind Kind { get; init; } = CommitmentKind.Promise;

    /// <summary>The committing actor j.</summary>
    public required string Actor { get; init; }

    /// <summary>The actor whose move the commitment asks for (k).</summary>
    public required string Target { get; init; }

    /// <summary>The issue of the condition (d).</summary>
    public required string ConditionIssue { get; init; }

    /// <summary>Which side of the threshold meets the condition.</summary>
    public ConditionDirection Direction { get; init; } = ConditionDirection.AtLeast;

    /// <summary>The threshold z on the condition issue's scale.</summary>
    public required double Threshold { get; init; }

    /// <summary>The last round by which the condition can be met (t).</summary>
    public required int ByRound { get; init; }

    /// <summary>The issue the committing actor moves (e).</summary>
    public required string Issue { get; init; }

    /// <summary>Where it moves it (w).</summary>
    public required double MoveTo { get; init; }

    /// <summary>The channel the commitment was made through; sets its base credibility.</summary>
    public Channel Channel { get; init; } = Channel.Private;

    /// <summary>The credibility every target assigns, 0-1, in place of base credibility × reputation.</summary>
    public double? Credibility { get; init; }

    /// <summary>What was said, in words for the narrative.</summary>
    public string? Description { get; init; }
}
