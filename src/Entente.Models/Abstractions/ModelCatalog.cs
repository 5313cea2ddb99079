using Entente.Domain;
using Entente.Models.Compromise;
using Entente.Models.Diplomacy;
using Entente.Models.Exchange;
using Entente.Models.ExpectedUtility;
using Entente.Models.InfluenceCompromise;
using Entente.Models.Institutional;
using Entente.Models.Median;
using Entente.Models.NashBargaining;
using Entente.Models.PowerCompromise;
using Entente.Models.Spatial;

namespace Entente.Models;

/// <summary>Every model Entente offers, by name.</summary>
public static class ModelCatalog
{
    /// <summary>The model used when neither the scenario nor the command line names one.</summary>
    public const string DefaultModel = CompromiseOptions.ModelName;

    /// <summary>All models, in the order the CLI lists them.</summary>
    public static IReadOnlyList<ModelDefinition> All { get; } =
    [
        CompromiseOptions.Definition,
        MedianOptions.Definition,
        NashBargainingOptions.Definition,
        ExpectedUtilityOptions.Definition,
        ExpectedUtilityOptions.ScholzDefinition,
        DiplomacyOptions.Definition,
        ExchangeOptions.Definition,
        SpatialOptions.Definition,
        InstitutionalOptions.Definition,
        PowerCompromiseOptions.Definition,
        InfluenceCompromiseOptions.Definition,
    ];

    /// <summary>Finds a model by name (case-insensitive).</summary>
    public static ModelDefinition? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Builds the named model with its options; throws <see cref="ModelOptionsException"/> for an unknown
    /// name (with a "did you mean") or bad options.
    /// </summary>
    public static IBargainingModel Create(string name, IReadOnlyList<ModelOption>? options = null)
    {
        var definition = Find(name);
        if (definition is null)
        {
            var suggestion = Spelling.Nearest(name, All.Select(m => m.Name));
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            throw new ModelOptionsException(
                $"unknown model '{name}'{hint}; the models are: {string.Join(", ", All.Select(m => m.Name))}");
        }
        return definition.Create(options ?? []);
    }
}
