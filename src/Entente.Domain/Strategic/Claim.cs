using Entente.Domain.Diplomacy;

namespace Entente.Domain.Strategic;

/// <summary>
/// A signal: a claim sent in a round through a channel by one sender (or several, jointly) to an addressee.
/// Which fields apply depends on <see cref="Kind"/>: threats and promises have an ask and an action; a stand
/// has an issue and a level; a credit a subject, an issue and a reward; a blame a subject, an issue, a demand
/// and a penalty; a report what it says about whom.
/// </summary>
public sealed record Claim
{
    /// <summary>Identifier; unique among signals.</summary>
    public required string Id { get; init; }

    /// <summary>The round at whose start it is sent.</summary>
    public int Round { get; init; } = 1;

    /// <summary>The sender, or the co-senders of a joint claim (an actor or <c>actor.faction</c>).</summary>
    public required ValueList<string> Senders { get; init; }

    /// <summary>The addressee (for credit and blame, the subject).</summary>
    public string? To { get; init; }

    /// <summary>Who else hears a private message.</summary>
    public ValueList<string> Cc { get; init; } = ValueList<string>.Empty;

    /// <summary>How it travels.</summary>
    public Channel Channel { get; init; } = Channel.Private;

    /// <summary>What it claims.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>What the addressee is asked to do (threat, promise; derived for stand, credit, blame).</summary>
    public Bound? Ask { get; init; }

    /// <summary>What the sender will do: the punishment of a threat or blame, the reward of a promise or credit.</summary>
    public ClaimAction? Action { get; init; }

    /// <summary>The condition, when it is not the ask itself: any actor's position on an issue.</summary>
    public Condition? Condition { get; init; }

    /// <summary>The issue of a stand, credit or blame.</summary>
    public string? Issue { get; init; }

    /// <summary>The level of a stand, or the demand of a blame.</summary>
    public double? Level { get; init; }

    /// <summary>p: a threat's probability of success; null for the default.</summary>
    public double? Success { get; init; }

    /// <summary>k: a cost paid on sending.</summary>
    public double Sunk { get; init; }

    /// <summary>ω: what the sender loses when the addressee, believing it, reorients against it.</summary>
    public Reaction? Reaction { get; init; }

    /// <summary>v̂: the condition value anticipated if the addressee complies; null for the current value.</summary>
    public double? ExpectedConditionValue { get; init; }

    /// <summary>The last round in which the commitment binds; null for the whole run.</summary>
    public int? Expires { get; init; }

    /// <summary>Whether the engine decides if the sender sends it (false: it is an observed event).</summary>
    public bool Strategic { get; init; }

    /// <summary>What a report says about whom.</summary>
    public ReportContent? Report { get; init; }

    /// <summary>What was said, in words, for the narrative.</summary>
    public string? Description { get; init; }
}

/// <summary>Which side of a level a position must be on.</summary>
public enum BoundDirection
{
    /// <summary>At most the level.</summary>
    AtMost,

    /// <summary>At least the level.</summary>
    AtLeast,
}

/// <summary>A requirement on a position: issue, direction and level.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Direction">At most or at least.</param>
/// <param name="Level">The level.</param>
public sealed record Bound(string Issue, BoundDirection Direction, double Level)
{
    /// <summary>Whether <paramref name="position"/> meets the bound.</summary>
    public bool IsMetBy(double position) => Direction == BoundDirection.AtMost ? position <= Level : position >= Level;
}

/// <summary>What a sender commits to do: move an issue to a level, along a schedule of a condition value, or contest.</summary>
public sealed record ClaimAction
{
    /// <summary>The issue moved (the ask's issue for a contest).</summary>
    public string? Issue { get; init; }

    /// <summary><c>to: z</c>.</summary>
    public double? To { get; init; }

    /// <summary><c>schedule: [[v, z], ...]</c>, piecewise linear in the condition value, flat outside.</summary>
    public ValueList<SchedulePoint> Schedule { get; init; } = ValueList<SchedulePoint>.Empty;

    /// <summary><c>contest</c>: the punishment is conflict on the ask's issue.</summary>
    public bool Contest { get; init; }
}

/// <summary>One point of a graduated schedule: at condition value V the action level is Z.</summary>
/// <param name="V">The condition value.</param>
/// <param name="Z">The action level.</param>
public sealed record SchedulePoint(double V, double Z);

/// <summary>The condition of a commitment: an actor's position on an issue, against a threshold (or as a schedule's argument).</summary>
public sealed record Condition
{
    /// <summary>The actor whose position counts (any actor, third parties included).</summary>
    public required string Actor { get; init; }

    /// <summary>The issue.</summary>
    public required string Issue { get; init; }

    /// <summary>The threshold; null when the condition is only a schedule's argument.</summary>
    public Bound? Threshold { get; init; }
}

/// <summary>The reaction cost ω: given directly, or as the addressee's shift on an issue the sender cares about.</summary>
public sealed record Reaction
{
    /// <summary>ω given directly.</summary>
    public double? Cost { get; init; }

    /// <summary>The issue the addressee would shift.</summary>
    public string? Issue { get; init; }

    /// <summary>How far it would shift it.</summary>
    public double? Shift { get; init; }
}

/// <summary>A report: the subject's resolve on an issue, or its reciprocity, is at least or at most a level.</summary>
public sealed record ReportContent
{
    /// <summary>The actor reported on.</summary>
    public required string Subject { get; init; }

    /// <summary>Resolve or reciprocity.</summary>
    public required TypeDimension Dimension { get; init; }

    /// <summary>The issue of a resolve report.</summary>
    public string? Issue { get; init; }

    /// <summary>At least or at most.</summary>
    public required BoundDirection Direction { get; init; }

    /// <summary>θ.</summary>
    public required double Level { get; init; }
}
