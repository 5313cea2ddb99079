using System.Globalization;
using Entente.Domain;

namespace Entente.Models.Institutional;

/// <summary>The option grid over which a backtest tunes the institutional model by cross-validation.</summary>
internal static class InstitutionalTuning
{
    /// <summary>
    /// Commission and Parliament multipliers from "one state's voice" up to several, the salience exponent
    /// between the square root and the compromise model's 1, and a push of up to a fifth of the distance
    /// from the reference point: 900 candidates, the compromise model among them (1, 1, 1, 1, 0).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ModelOption>> Grid()
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

    private static ModelOption Option(string name, double value) => new(name, value.ToString(CultureInfo.InvariantCulture));
}
