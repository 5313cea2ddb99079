using System.Collections.Concurrent;
using Entente.Models;

namespace Entente.Simulation.Backtest;

/// <summary>Something that forecasts a case: a catalog model, or a naive reference. It may abstain (null) where it has nothing to say.</summary>
/// <param name="Name">The name reported.</param>
/// <param name="Kind"><c>model</c> or <c>reference</c>.</param>
/// <param name="Forecast">The forecast of a case, or null to abstain.</param>
internal sealed record Predictor(string Name, string Kind, Func<BacktestCase, double?> Forecast)
{
    /// <summary>
    /// A catalog model, run with the given seed on each case's one-issue scenario or, for a model that links
    /// issues, once per proposal on the scenario of all its issues.
    /// </summary>
    public static Predictor FromModel(string name, IBargainingModel model, ulong seed, bool linksIssues = false)
    {
        if (!linksIssues)
        {
            return new(name, "model", c => model.Run(c.Scenario, new ModelRunContext { Seed = seed }).Issues[0].Forecast);
        }
        var runs = new ConcurrentDictionary<string, ForecastResult>(StringComparer.Ordinal);
        return new(name, "model", c =>
        {
            var proposal = c.Proposal ?? c.Scenario;
            var result = runs.GetOrAdd(c.Group + "\n" + proposal.Name, _ => model.Run(proposal, new ModelRunContext { Seed = seed }));
            return result.Issues.Single(i => i.IssueId == c.Id).Forecast;
        });
    }

    /// <summary>The reference point: nothing changes. Abstains where the reference point is unknown.</summary>
    public static Predictor ReferencePoint { get; } =
        new("reference-point", "reference", c => c.Scenario.Issues[0].StatusQuo);

    /// <summary>The Commission's position: the proposal passes unamended. Abstains where the Commission took none.</summary>
    public static Predictor CommissionPosition { get; } =
        new("commission-position", "reference", c => c.Scenario.Stances.FirstOrDefault(s => s.ActorId == "com")?.Position);

    /// <summary>The middle of the scale: knowing nothing about the issue.</summary>
    public static Predictor Midpoint { get; } =
        new("midpoint", "reference", c => (c.Scenario.Issues[0].Scale.Min + c.Scenario.Issues[0].Scale.Max) / 2);

    /// <summary>The three naive references, in report order.</summary>
    public static IReadOnlyList<Predictor> References { get; } = [ReferencePoint, CommissionPosition, Midpoint];
}
