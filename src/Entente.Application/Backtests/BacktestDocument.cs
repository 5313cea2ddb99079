using System.Text.Json;
using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>
/// A backtest as <c>{ file, capability, folds, repeats, innerFolds, seed, replicates, n, noise: { trials, position, salience,
/// capability } (with noise rows only), skipped: [ { line, column, field,
/// message } ], models: [ { name, kind, mae,
/// maeLow, maeHigh, medianError, within10, n, proposals, tuning, versusBaseline: { baseline, difference, low, high,
/// minimumDetectableEffect }, distribution: { calibration, crps, intervals: [ { level, coverage, meanWidth } ] },
/// inSampleDistribution, versusBaselineCrps: { … } } ] }</c>; names never change, fields are only added.
/// </summary>
internal static class BacktestDocument
{
    /// <summary>The document of a backtest of <paramref name="file"/>.</summary>
    public static string Json(string file, CapabilityScheme capability, BacktestOptions options, int cases, IReadOnlyList<ErrorSummary> models,
        IReadOnlyList<Formats.Diagnostic>? skipped = null) =>
        JsonSerializer.Serialize(new
        {
            file,
            capability,
            folds = options.Folds,
            repeats = options.Repeats,
            innerFolds = options.InnerFolds,
            seed = options.Seed,
            replicates = options.Replicates,
            n = cases,
            noise = options.NoiseTrials > 0
                ? new { trials = options.NoiseTrials, position = options.Noise.Position, salience = options.Noise.Salience, capability = options.Noise.Capability }
                : null,
            skipped = (skipped ?? []).Select(d => new { line = d.Line, column = d.Column, field = d.Field, message = d.Message }),
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
                versusBaseline = Paired(m.VersusBaseline),
                distribution = Scores(m.Distribution),
                inSampleDistribution = Scores(m.InSampleDistribution),
                versusBaselineCrps = Paired(m.CrpsVersusBaseline),
            }),
        }, DocumentJson.Options);

    private static object? Paired(PairedDifference? d) => d is null ? null
        : new { baseline = d.Baseline, difference = d.Difference, low = d.Low, high = d.High, minimumDetectableEffect = d.MinimumDetectableEffect };

    private static object? Scores(DistributionScores? s) => s is null ? null
        : new
        {
            calibration = s.Calibration,
            crps = s.Crps,
            intervals = s.Intervals.Select(i => new { level = i.Level, coverage = i.Coverage, meanWidth = i.MeanWidth }),
        };
}
