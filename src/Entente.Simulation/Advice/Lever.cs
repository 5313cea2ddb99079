using Entente.Domain;

namespace Entente.Simulation.Advice;

/// <summary>
/// A candidate lever: the scenario as it would be if the advised actor pulled it, what it says in words, and what it
/// puts at stake before any trial is run.
/// </summary>
internal sealed record Lever
{
    /// <summary>The family.</summary>
    public required LeverFamily Kind { get; init; }

    /// <summary>The move in words, e.g. "send 'leak' through the public channel instead of leak".</summary>
    public required string Description { get; init; }

    /// <summary>The base scenario with the lever pulled.</summary>
    public required Scenario Variant { get; init; }

    /// <summary>The change in the audience cost the actor puts at stake (its audience capacity times the channel's weight), new minus old.</summary>
    public double Audience { get; init; }

    /// <summary>Scale points by which its stated position moves toward the base forecast (a concession); 0 otherwise.</summary>
    public double Conceded { get; init; }

    /// <summary>For a move on a grid (position, salience, persuasion): new minus old, in its unit; null for other families.</summary>
    public double? Step { get; init; }

    /// <summary>The unit of <see cref="Step"/>: "point" (a position) or "salience".</summary>
    public string? Unit { get; init; }
}
