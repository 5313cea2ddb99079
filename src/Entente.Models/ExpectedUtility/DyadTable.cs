namespace Entente.Models.ExpectedUtility;

/// <summary>
/// Collects the dyad tables a run keeps, round by round, naming the actors. Attached to the engine whether or not
/// a round is kept (so the engine's arithmetic path does not depend on what is shown); pairs of a round that is
/// not kept are dropped as they come.
/// </summary>
internal sealed class DyadTable(IReadOnlyList<string> actors, DyadSelection selection) : IDyadSink
{
    private readonly List<Dyad> _dyads = [];
    private bool _recording;
    private long _kept;

    /// <summary>Starts round <paramref name="round"/>: its pairs are kept when the selection asks for it and the issue's budget allows.</summary>
    public void BeginRound(int round)
    {
        _dyads.Clear();
        var size = (long)actors.Count * (actors.Count - 1);
        _recording = selection.Wants(round) && _kept + size <= DyadSelection.MaxEntriesPerIssue;
        if (_recording)
        {
            _kept += size;
        }
    }

    public void Add(int actor, int other, double actorUtility, double otherUtility)
    {
        if (_recording)
        {
            _dyads.Add(new Dyad(actors[actor], actors[other], actorUtility, otherUtility, OfferRule.Dyad(actorUtility, otherUtility)));
        }
    }

    /// <summary>The round's table in input order of the first actor, then the second; null for a round not kept.</summary>
    public IReadOnlyList<Dyad>? TakeRound()
    {
        if (!_recording)
        {
            return null;
        }
        _recording = false;
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
