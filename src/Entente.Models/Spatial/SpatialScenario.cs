using Entente.Domain;

namespace Entente.Models.Spatial;

/// <summary>
/// A scenario as the spatial model sees it: issues as dimensions rescaled to 0-1, every actor that takes
/// part in any issue, and its participation per issue. An actor absent from an issue gets salience 0
/// there and sits at the middle of the scale, so it neither cares nor pulls.
/// </summary>
internal sealed record SpatialScenario(
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<IReadOnlyDictionary<string, Participant>> Participation,
    SpatialActors Actors,
    SpatialState Initial)
{
    public static SpatialScenario From(Scenario scenario)
    {
        var issues = scenario.Issues.ToArray();
        var participation = issues
            .Select(i => (IReadOnlyDictionary<string, Participant>)scenario.ParticipantsIn(i.Id).ToDictionary(p => p.ActorId, StringComparer.Ordinal))
            .ToArray();
        var ids = scenario.Actors.Select(a => a.Id).Where(id => participation.Any(p => p.ContainsKey(id))).ToArray();
        var dims = issues.Length;
        var capabilities = new double[ids.Length];
        var saliences = new double[ids.Length * dims];
        var positions = new double[ids.Length * dims];
        for (var a = 0; a < ids.Length; a++)
        {
            // One capability per actor: the first issue it takes part in gives it (the actor's, unless a stance overrides).
            capabilities[a] = participation.First(p => p.ContainsKey(ids[a]))[ids[a]].Capability;
            for (var k = 0; k < dims; k++)
            {
                var hasStance = participation[k].TryGetValue(ids[a], out var p);
                saliences[a * dims + k] = hasStance ? p.Salience : 0;
                positions[a * dims + k] = hasStance ? ToUnit(issues[k].Scale, p.Position) : 0.5;
            }
        }
        var actors = new SpatialActors(ids, capabilities, saliences, dims);
        return new SpatialScenario(issues, ids, participation, actors, new SpatialState(0, positions, dims));
    }

    /// <summary>A coordinate on 0-1 back on issue k's scale.</summary>
    public double FromUnit(int k, double x) => Issues[k].Scale.Min + x * Issues[k].Scale.Width;

    private static double ToUnit(IssueScale scale, double x) => scale.Width > 0 ? (x - scale.Min) / scale.Width : 0;
}
