namespace Entente.Domain.Diplomacy;

/// <summary>What kind of scheduled event a timeline entry is.</summary>
public enum EventKind
{
    /// <summary>A summit or state visit: a salience boost for listed actors and issues, optionally undone after it, optionally a deadline.</summary>
    Summit,

    /// <summary>A change of an actor's position, salience or capability on an issue: an attack, a test.</summary>
    Shock,

    /// <summary>An actor joins the bargaining at this round.</summary>
    Entry,

    /// <summary>An actor leaves the bargaining at this round.</summary>
    Exit,

    /// <summary>Bargaining stops after this round; the forecast is the state then.</summary>
    Deadline,
}

/// <summary>Names of event kinds in files and output.</summary>
public static class EventKinds
{
    /// <summary>The kind names, in the order of <see cref="EventKind"/>.</summary>
    public static readonly IReadOnlyList<string> Names = ["summit", "shock", "entry", "exit", "deadline"];

    /// <summary>The file name of <paramref name="kind"/>.</summary>
    public static string NameOf(EventKind kind) => Names[(int)kind];

    /// <summary>Parses a kind name (case-insensitive).</summary>
    public static bool TryParse(string text, out EventKind kind)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                kind = (EventKind)i;
                return true;
            }
        }
        kind = EventKind.Summit;
        return false;
    }
}

/// <summary>
/// A scheduled event of the timeline. Which fields apply depends on <see cref="Kind"/>; the validator
/// reports fields given to a kind that does not use them.
/// </summary>
public sealed record TimelineEvent
{
    /// <summary>Identifier that variants and the explanation refer to; unique among events.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>The round at whose start the event happens (a deadline: after which bargaining stops).</summary>
    public required int Round { get; init; }

    /// <summary>Summit: the actors whose salience is boosted (empty: all). Shock, entry, exit: exactly one actor.</summary>
    public ValueList<string> Actors { get; init; } = ValueList<string>.Empty;

    /// <summary>Summit: the issues boosted (empty: all). Shock: exactly one issue.</summary>
    public ValueList<string> Issues { get; init; } = ValueList<string>.Empty;

    /// <summary>Summit: salience added, on the scenario's salience scale (capped at its ceiling).</summary>
    public double? SalienceBoost { get; init; }

    /// <summary>Summit: whether the boost is undone after the summit's round.</summary>
    public bool Undo { get; init; }

    /// <summary>Summit: whether bargaining stops after the summit's round (the visit as a deadline).</summary>
    public bool Deadline { get; init; }

    /// <summary>Shock: the actor's new position.</summary>
    public double? Position { get; init; }

    /// <summary>Shock: the actor's new salience, on the scenario's salience scale.</summary>
    public double? Salience { get; init; }

    /// <summary>Shock: the actor's new capability on the issue.</summary>
    public double? Capability { get; init; }

    /// <summary>What happened, in words for the narrative.</summary>
    public string? Description { get; init; }
}
