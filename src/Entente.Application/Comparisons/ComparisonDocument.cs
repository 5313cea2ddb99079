using System.Text.Json;
using Entente.Domain;
using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// A comparison as <c>{ scenario, model, seed, variants: [ { name, description, patches, issues, accountedFor,
/// paired } ], attribution }</c>; names never change.
/// </summary>
internal static class ComparisonDocument
{
    /// <summary>The document of the base run and its variants, and the attribution when there is one.</summary>
    public static string Json(Scenario scenario, ForecastRun baseline, IReadOnlyList<VariantDifference> variants, IReadOnlyList<Attribution> attributions) =>
        JsonSerializer.Serialize(new
        {
            scenario = scenario.Name,
            model = baseline.Model,
            seed = baseline.MonteCarlo?.Seed ?? baseline.Seed,
            variants = variants.Select(v => new
            {
                name = v.Name,
                description = v.Description,
                patches = v.Patches,
                issues = v.Issues.Select(i => new { id = i.Issue, @base = i.Base, variant = i.Variant, difference = i.Difference, baseMean = i.BaseMean, variantMean = i.VariantMean }),
                accountedFor = v.AccountedFor,
                paired = v.Paired is { } p ? PairedJson.Of(p) : null,
            }),
            attribution = attributions.Count == 0 ? null : attributions.Select(a => new { element = a.Element, mechanism = a.Mechanism, effect = PairedJson.Of(a.Effect) }),
        }, DocumentJson.Options);
}
