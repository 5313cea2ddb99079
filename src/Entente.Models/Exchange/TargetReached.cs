namespace Entente.Models.Exchange;

/// <summary>
/// What the crossing cap does when the compromise already sits on the demanding actor's position
/// (spec S6.5), a case the public implementation settles by rounding noise.
/// </summary>
public enum TargetReached
{
    /// <summary>No room is left: the move is cut to zero and the candidate dies (what the 2016 reference does).</summary>
    NoRoom,

    /// <summary>No cap: the move goes ahead and may carry the compromise past the position.</summary>
    NoCap,
}
