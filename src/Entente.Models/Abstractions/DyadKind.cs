namespace Entente.Models;

/// <summary>How an ordered pair of actors stands, from the first actor's perspective, in the expected utility model.</summary>
public enum DyadKind
{
    /// <summary>Both expect to gain from challenging the other: a confrontation is coming.</summary>
    Conflict,

    /// <summary>One expects to gain, the other to lose less than that: the loser will move part of the way.</summary>
    Compromise,

    /// <summary>One expects to gain, the other to lose at least as much: the loser will give in.</summary>
    Capitulation,

    /// <summary>Neither expects to gain from a challenge: nothing happens between them.</summary>
    Stalemate,
}
