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
        var spelled = Warnings(model, ForecastRunner.ResolveOptions(request, model).Select(o => o.Name));
        return spelled.Concat(Overridden(request, model));
    }

    // A rounds option given as well as the rounds (--rounds): the rounds win, and the user is told so.
    private static IEnumerable<string> Overridden(Simulation.Forecasting.ForecastRequest request, string model)
    {
        if (request.Rounds is not { } rounds)
        {
            yield break;
        }
        var given = request.Options.Concat(request.Scenario.Model is { } s && string.Equals(s.Name, model, StringComparison.OrdinalIgnoreCase) ? s.Options : []);
        foreach (var option in given.Where(o => ForecastRunner.IsRoundsOption(o.Name)).DistinctBy(o => o.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (option.Value != rounds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                yield return $"model '{model}': rounds {rounds} replace the option {option.Name}={option.Value}";
            }
        }
    }

    public static IEnumerable<string> Warnings(string model, IEnumerable<string> names) =>
        names.Where(ModelOptionNames.IsOldSpelling).Distinct(StringComparer.OrdinalIgnoreCase).Select(name =>
            $"model '{model}': option '{name}' is now spelled '{ModelOptionNames.Canonical(name)}'; the old spelling is still read, for now");
}
