using Entente.Domain;
using Entente.Models;

namespace Entente.Application;

/// <summary>The warning when a model that has no diplomacy layer runs a scenario that has one.</summary>
internal static class IgnoredDiplomacy
{
    /// <summary>The warning, if <paramref name="result"/> came from a model that ignored the scenario's diplomacy.</summary>
    public static IEnumerable<string> Warning(Scenario scenario, ForecastResult result, string model, string? consequence = null) =>
        scenario.HasDiplomacy && result.Strategic is null
            ? [$"model '{model}' ignores the scenario's diplomacy sections (perceptions, signals, commitments, coalitions, factions, timeline){consequence}; run it with --model eum-diplomacy"]
            : [];
}
