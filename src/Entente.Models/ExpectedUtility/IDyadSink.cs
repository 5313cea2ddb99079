namespace Entente.Models.ExpectedUtility;

/// <summary>Receives every ordered pair's expected utilities during a round, for the dyad table.</summary>
internal interface IDyadSink
{
    /// <summary>Pair (<paramref name="actor"/>, <paramref name="other"/>) by input index, seen from <paramref name="actor"/>.</summary>
    void Add(int actor, int other, double actorUtility, double otherUtility);
}
