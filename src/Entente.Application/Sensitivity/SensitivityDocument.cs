using System.Text.Json;
using Entente.Domain;
using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>
/// A sensitivity analysis as JSON: <c>{ scenario, model, settings, issues: [ { id, baseline, tornado, influence,
/// pivotal } ] }</c>, every bar of every tornado; names never change.
/// </summary>
internal static class SensitivityDocument
{
    /// <summary>The document of <paramref name="result"/> over <paramref name="scenario"/>.</summary>
    public static string Json(Scenario scenario, SensitivityResult result) => JsonSerializer.Serialize(new
    {
        scenario = scenario.Name,
        model = result.Model,
        settings = result.Settings,
        issues = result.Issues.Select(i => new
        {
            id = i.IssueId,
            baseline = i.Baseline,
            tornado = i.Tornado.Select(b => new { actor = b.ActorId, field = b.Field, low = b.Low, high = b.High, swing = b.Swing }),
            influence = i.Influence.Select(x => new { actor = x.ActorId, without = x.Without, shift = x.Shift, pivotal = x.Pivotal }),
            pivotal = i.Influence.Where(x => x.Pivotal).Select(x => x.ActorId),
        }),
    }, DocumentJson.Options);
}
