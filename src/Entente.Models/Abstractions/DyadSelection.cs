namespace Entente.Models;

/// <summary>
/// Which rounds of a single run keep their dyad table (every ordered pair of actors, n² entries a round) in the
/// result. None by default: a table a round of every issue grows as issues × rounds × actors², so a caller
/// that shows dyads asks for them. Even <see cref="All"/> keeps at most <see cref="MaxEntriesPerIssue"/>
/// entries an issue; later rounds then have none.
/// </summary>
public readonly record struct DyadSelection
{
    /// <summary>The most dyad entries one issue keeps, whatever the selection (about 10 MB of JSON).</summary>
    public const int MaxEntriesPerIssue = 100_000;

    private DyadSelection(int? round, bool every) => (OnlyRound, Every) = (round, every);

    /// <summary>No dyad tables (the default).</summary>
    public static DyadSelection None => default;

    /// <summary>Every round's table, while the issue's entries stay within <see cref="MaxEntriesPerIssue"/>.</summary>
    public static DyadSelection All => new(null, every: true);

    /// <summary>The table of round <paramref name="round"/> only (1 is the first round of bargaining).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is below 1.</exception>
    public static DyadSelection Round(int round)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        return new(round, every: false);
    }

    /// <summary>The one round asked for, when one is.</summary>
    public int? OnlyRound { get; }

    /// <summary>Whether every round is asked for.</summary>
    public bool Every { get; }

    /// <summary>Whether any round's table is asked for.</summary>
    public bool Any => Every || OnlyRound is not null;

    /// <summary>Whether round <paramref name="round"/>'s table is asked for.</summary>
    public bool Wants(int round) => Every || OnlyRound == round;
}
