namespace Entente.Models.Diplomacy.Commitments;

/// <summary>Which way a committed level binds: a promise of less missile defence is kept at or below its level.</summary>
public enum Direction
{
    /// <summary>Kept at or below the level.</summary>
    AtMost,

    /// <summary>Kept at or above the level.</summary>
    AtLeast,
}

/// <summary>
/// Whether a commitment puts its committer to the test this round (specification §7.1): only when its
/// position is not already at or beyond the required level in the committed direction. Doing more than
/// promised is not a bluff, so it is neither a decision nor evidence.
/// </summary>
public static class CommitmentTest
{
    /// <summary>True when the committer must decide whether to honour.</summary>
    public static bool IsTested(double position, double level, Direction direction) => direction switch
    {
        Direction.AtMost => position > level,
        _ => position < level,
    };
}
