using System.Text.Json;
using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>
/// A backtest as <c>{ file, capability, folds, repeats, seed, replicates, n, models: [ { name, kind, mae, maeLow,
/// maeHigh, medianError, within10, n, proposals, tuning, versusBaseline: { baseline, difference, low, high } } ] }</c>;
/// names never change.
/// </summary>
internal static class BacktestDocument
{
    /// <summary>The document of a backtest of <paramref name="file"/>.</summary>
    public static string Json(string file, CapabilityScheme capability, BacktestOptions options, int cases, IReadOnlyList<ErrorSummary> models) =>
        JsonSerializer.Serialize(new
        {
            file,
            capability,
            folds = options.Folds,
            repeats = options.Repeats,
            seed = options.Seed,
            replicates = options.Replicates,
            n = cases,
            models = models.Select(m => new
            {
                name = m.Name,
                kind = m.Kind,
                mae = m.Mae,
                maeLow = m.MaeLow,
                maeHigh = m.MaeHigh,
                medianError = m.MedianError,
                within10 = m.Within10,
                n = m.N,
                proposals = m.Proposals,
                tuning = m.Tuning,
                versusBaseline = m.VersusBaseline is { } d ? new { baseline = d.Baseline, difference = d.Difference, low = d.Low, high = d.High } : null,
            }),
        }, DocumentJson.Options);
}
