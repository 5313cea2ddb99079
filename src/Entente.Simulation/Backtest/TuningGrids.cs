using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Backtest;

/// <summary>The option grids over which a backtest tunes a model by cross-validation: each model's own (its <see cref="ModelDefinition.TuningGrid"/>).</summary>
internal static class TuningGrids
{
    /// <summary>The grid of <paramref name="model"/>, or null when it has no parameters worth tuning.</summary>
    public static IReadOnlyList<IReadOnlyList<ModelOption>>? For(string model) =>
        ModelCatalog.Find(model) is { TuningGrid.Count: > 0 } definition && string.Equals(definition.Name, model, StringComparison.OrdinalIgnoreCase)
            ? definition.TuningGrid
            : null;

    /// <summary>The options as one line: <c>agendaSetter=3 coLegislator=2 …</c>.</summary>
    public static string Describe(IEnumerable<ModelOption> options) =>
        string.Join(" ", options.Select(o => $"{o.Name}={o.Value}"));
}
