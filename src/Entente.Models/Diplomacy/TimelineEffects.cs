using System.Globalization;
using Entente.Domain.Diplomacy;

namespace Entente.Models.Diplomacy;

/// <summary>Applies the timeline's events of a round to the state at its start.</summary>
internal static class TimelineEffects
{
    /// <summary>Applies entries, exits, shocks and summit boosts; returns the boosts to undo after the round.</summary>
    public static List<(int Issue, int Actor, double Boost)> Apply(Cast cast, DiplomacyState state, int round, RoundRecorder record)
    {
        var undo = new List<(int, int, double)>();
        var s = cast.Scenario;
        foreach (var e in s.Timeline.Where(e => e.Round == round))
        {
            var actors = e.Actors.Where(cast.ActorIndex.ContainsKey).Select(a => cast.ActorIndex[a]).ToArray();
            var issues = e.Issues.Where(cast.IssueIndex.ContainsKey).Select(i => cast.IssueIndex[i]).ToArray();
            var what = e.Description is { } text ? $" ({text})" : "";
            switch (e.Kind)
            {
                case EventKind.Entry:
                    foreach (var a in actors)
                    {
                        state.Active[a] = true;
                    }
                    record.Events.Add(new("entry", e.Id, $"{Names(cast, actors)} joined the bargaining{what}."));
                    break;
                case EventKind.Exit:
                    foreach (var a in actors)
                    {
                        state.Active[a] = false;
                    }
                    record.Events.Add(new("exit", e.Id, $"{Names(cast, actors)} left the bargaining{what}."));
                    break;
                case EventKind.Shock:
                    foreach (var a in actors)
                    {
                        foreach (var d in issues)
                        {
                            if (e.Position is { } x)
                            {
                                state.X[d][a] = x;
                            }
                            if (e.Salience is { } sal)
                            {
                                state.S[d][a] = sal / s.SalienceCeiling;
                            }
                            if (e.Capability is { } c)
                            {
                                state.C[d][a] = c;
                            }
                        }
                    }
                    record.Events.Add(new("shock", e.Id, $"shock to {Names(cast, actors)} on {string.Join(", ", issues.Select(d => cast.IssueName(cast.Issues[d])))}{what}."));
                    break;
                case EventKind.Summit:
                    var boosted = actors.Length > 0 ? actors : Enumerable.Range(0, cast.Actors.Length).ToArray();
                    var on = issues.Length > 0 ? issues : Enumerable.Range(0, cast.Issues.Length).ToArray();
                    var boost = (e.SalienceBoost ?? 0) / s.SalienceCeiling;
                    foreach (var d in on)
                    {
                        foreach (var a in boosted.Where(a => cast.In[d][a]))
                        {
                            // The boost is capped at full salience; what was actually added is what an undo takes back.
                            var added = Math.Min(1, state.S[d][a] + boost) - state.S[d][a];
                            state.S[d][a] += added;
                            if (e.Undo)
                            {
                                undo.Add((d, a, added));
                            }
                        }
                    }
                    var tail = (e.Undo ? ", undone after the round" : "") + (e.Deadline ? "; bargaining stops after it" : "");
                    record.Events.Add(new("summit", e.Id, boost > 0
                        ? string.Create(CultureInfo.InvariantCulture, $"summit{what}: salience of {Names(cast, boosted)} raised by {boost:0.##}{tail}.")
                        : $"summit{what}{tail}."));
                    break;
                case EventKind.Deadline:
                    record.Events.Add(new("deadline", e.Id, $"deadline{what}: bargaining stops after this round."));
                    break;
            }
        }
        return undo;
    }

    private static string Names(Cast cast, int[] actors) =>
        actors.Length == cast.Actors.Length && actors.Length > 2 ? "every actor" : string.Join(", ", actors.Select(a => cast.ActorName(cast.Actors[a])));
}
