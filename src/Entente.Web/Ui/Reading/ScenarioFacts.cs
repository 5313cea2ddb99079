using Entente.Domain;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>
/// What the UI shows beside a forecast that the forecast document does not carry: the actors' names and each issue's
/// labelled scale, from the scenario the run was made on.
/// </summary>
public sealed record ScenarioFacts(IReadOnlyDictionary<string, string> ActorNames, IReadOnlyDictionary<string, IssueScale> Scales)
{
    public static ScenarioFacts Of(Scenario scenario) => new(
        scenario.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal),
        scenario.Issues.ToDictionary(i => i.Id, i => i.Scale, StringComparer.Ordinal));

    public static ScenarioFacts None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, IssueScale>());

    public string NameOf(string actor) => ActorNames.GetValueOrDefault(actor, actor);

    public IssueScale? ScaleOf(string issue) => Scales.GetValueOrDefault(issue);
}
