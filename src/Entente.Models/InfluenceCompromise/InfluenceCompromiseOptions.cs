using Entente.Models.PowerCompromise;

namespace Entente.Models.InfluenceCompromise;

/// <summary>
/// <c>influence-compromise</c>: the power-weighted compromise (<c>power-compromise</c>) with each EU actor's weight
/// multiplied by how much more or less it has got its way than its votes alone would say, as fitted on the DEU III
/// development split (docs/models/influence-compromise.md). The multipliers are keyed by the DEU importer's actor
/// codes (<c>com</c>, <c>ep</c>, <c>de</c>, <c>fr</c>, …); an actor of another scenario keeps 1, which makes the
/// model <c>power-compromise</c> there. They are fixed, not re-estimated per scenario; the <c>influence</c> option
/// replaces them.
/// </summary>
public static class InfluenceCompromiseOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "influence-compromise";

    /// <summary>
    /// The multipliers fitted on all 247 scored issues of the DEU III development split with the Council's votes as
    /// capabilities (<c>InfluenceFit</c>; a test checks that the fit still gives them).
    /// </summary>
    public static IReadOnlyDictionary<string, double> Fitted { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["at"] = 0.5,
        ["be"] = 0.5,
        ["bu"] = 0.5,
        ["cr"] = 2.0,
        ["cy"] = 2.0,
        ["cz"] = 1.5,
        ["de"] = 2.0,
        ["dk"] = 2.0,
        ["ee"] = 0.5,
        ["ep"] = 1.5,
        ["es"] = 1.5,
        ["fi"] = 2.0,
        ["fr"] = 0.75,
        ["hu"] = 0.5,
        ["ie"] = 2.0,
        ["it"] = 0.5,
        ["lt"] = 0.5,
        ["lu"] = 0.5,
        ["lv"] = 0.5,
        ["mt"] = 2.0,
        ["pl"] = 0.5,
        ["pt"] = 0.5,
        ["se"] = 1.5,
        ["si"] = 0.5,
        ["sk"] = 2.0,
        ["uk"] = 0.5,
    };

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Power-weighted compromise with EU actors' influence multipliers fitted to the DEU III record (votes = capabilities); "
            + "kept only to reproduce old results: its multipliers fail nested cross validation, so prefer the power compromise.",
        Options = PowerCompromiseOptions.Known,
        Create = text => new PowerCompromiseModel(PowerCompromiseOptions.Parse(text, ModelName, Fitted), ModelName),
    };
}
