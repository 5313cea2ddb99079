namespace Entente.Domain;

/// <summary>A question on which the actors bargain, with its scale of possible outcomes.</summary>
public sealed record Issue
{
    /// <summary>Short identifier that stances refer to.</summary>
    public required string Id { get; init; }

    /// <summary>Display name; the id when none is given.</summary>
    public required string Name { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>The scale of outcomes.</summary>
    public required IssueScale Scale { get; init; }

    /// <summary>The outcome if no agreement is reached (the reference point), when known.</summary>
    public double? StatusQuo { get; init; }

    /// <summary>How the issue is decided.</summary>
    public DecisionRule DecisionRule { get; init; } = DecisionRule.Consensus;
}
