namespace Entente.Models.ExpectedUtility;

/// <summary>Collects one round's dyad table, naming the actors.</summary>
internal sealed class DyadTable(IReadOnlyList<string> actors) : IDyadSink
{
    private readonly List<Dyad> _dyads = [];

    public void Add(int actor, int other, double actorUtility, double otherUtility) =>
        _dyads.Add(new Dyad(actors[actor], actors[other], actorUtility, otherUtility, OfferRule.Dyad(actorUtility, otherUtility)));

    /// <summary>The table in input order of the first actor, then the second, and a fresh one for the next round.</summary>
    public IReadOnlyList<Dyad> TakeRound()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            index[actors[i]] = i;
        }
        var round = _dyads.OrderBy(d => index[d.Actor]).ThenBy(d => index[d.Other]).ToArray();
        _dyads.Clear();
        return round;
    }
}
