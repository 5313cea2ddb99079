using System.Globalization;
using Entente.Domain;
using Entente.Models.Institutional;
using Entente.Models.PowerCompromise;

namespace Entente.Simulation.Backtest;

/// <summary>The option grids over which a backtest tunes a model by cross-validation, by model name.</summary>
public static class TuningGrids
{
    /// <summary>The grid of <paramref name="model"/>, or null when it has no parameters worth tuning.</summary>
    public static IReadOnlyList<IReadOnlyList<ModelOption>>? For(string model) =>
        string.Equals(model, InstitutionalOptions.ModelName, StringComparison.OrdinalIgnoreCase) ? Institutional()
        : string.Equals(model, PowerCompromiseOptions.ModelName, StringComparison.OrdinalIgnoreCase) ? PowerCompromise()
        : null;

    /// <summary>
    /// The salience exponent only (left out, rooted, or as in the compromise model): 3 candidates. The index
    /// (Banzhaf) and the institutions' weight (the strongest member's) are fixed beforehand, not tuned: with
    /// 93 proposals a grid that also tunes them selects noise (docs/models/power-compromise.md).
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<ModelOption>> PowerCompromise() =>
        new[] { 0, 0.5, 1 }.Select(gamma => (IReadOnlyList<ModelOption>)[Option("salienceExponent", gamma)]).ToArray();

    /// <summary>
    /// Commission and Parliament multipliers from "one state's voice" up to several, the salience exponent
    /// between the square root and the compromise model's 1, and a push of up to a fifth of the distance
    /// from the reference point: 900 candidates, the compromise model among them (1, 1, 1, 1, 0).
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<ModelOption>> Institutional()
    {
        var grid = new List<IReadOnlyList<ModelOption>>();
        foreach (var push in new[] { 0, 0.05, 0.1, 0.15, 0.2 })
        {
            foreach (var gamma in new[] { 1, 0.5 })
            {
                foreach (var agenda in new[] { 1, 2, 3, 4, 6 })
                {
                    foreach (var coLegislator in new[] { 1, 0, 2, 3, 4, 6 })
                    {
                        foreach (var consulted in new[] { 1, 0, 2 })
                        {
                            grid.Add(
                            [
                                Option("agendaSetter", agenda), Option("coLegislator", coLegislator), Option("consulted", consulted),
                                Option("salienceExponent", gamma), Option("referencePush", push),
                            ]);
                        }
                    }
                }
            }
        }
        return grid;
    }

    /// <summary>The options as one line: <c>agendaSetter=3 coLegislator=2 …</c>.</summary>
    public static string Describe(IEnumerable<ModelOption> options) =>
        string.Join(" ", options.Select(o => $"{o.Name}={o.Value}"));

    private static ModelOption Option(string name, double value) => new(name, value.ToString(CultureInfo.InvariantCulture));
}
