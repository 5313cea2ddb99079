using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// Warnings for model options written in their old kebab-case spelling (<c>reference-push</c>), on the command
/// line or in the scenario: the models still read them, and the warning names the one spelling to use.
/// </summary>
internal static class OptionSpellings
{
    public static IEnumerable<string> Warnings(Simulation.Forecasting.ForecastRequest request)
    {
        var model = ForecastRunner.ResolveModel(request);
        return Warnings(model, ForecastRunner.ResolveOptions(request, model).Select(o => o.Name));
    }

    public static IEnumerable<string> Warnings(string model, IEnumerable<string> names) =>
        names.Where(ModelOptionNames.IsOldSpelling).Distinct(StringComparer.OrdinalIgnoreCase).Select(name =>
            $"model '{model}': option '{name}' is now spelled '{ModelOptionNames.Canonical(name)}'; the old spelling is still read, for now");
}
