namespace Entente.Models.Exchange;

/// <summary>
/// How a candidate's move history is kept when a realised exchange moves one of its supplying actors
/// (spec S8.2). The history feeds the checks that an actor moves one way only and not past the scale.
/// </summary>
public enum HistoryRule
{
    /// <summary>H1, the public implementation since 2017: the realised move is appended and dropped again, so the stale tentative move stays.</summary>
    Project,

    /// <summary>H2, the code before 2017 and the 2016 reference: the tentative move is dropped and the realised move recorded.</summary>
    Realised,
}
