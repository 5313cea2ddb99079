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

    /// <summary>The lever as an edit of a scenario: the base, or another lever's variant when pairs are searched.</summary>
    public required Func<Scenario, Scenario> Edit { get; init; }

    /// <summary>
    /// What the edit touches (a stance's position or salience, a signal, new claims on an issue): two levers with the
    /// same target are not paired, since one would undo or repeat the other.
    /// </summary>
    public required string Target { get; init; }

    /// <summary>The base scenario with the lever pulled (<see cref="Edit"/> applied to it by the generator).</summary>
    public Scenario Variant { get; init; } = null!;

    /// <summary>The change in the audience cost the actor puts at stake (its audience capacity times the channel's weight), new minus old.</summary>
    public double Audience { get; init; }

    /// <summary>Scale points by which its stated position moves toward the base forecast (a concession); 0 otherwise.</summary>
    public double Conceded { get; init; }

    /// <summary>For a move on a grid (position, salience, persuasion): new minus old, in its unit; null for other families.</summary>
    public double? Step { get; init; }

    /// <summary>The unit of <see cref="Step"/>: "point" (a position) or "salience".</summary>
    public string? Unit { get; init; }
}
