using Entente.Models;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Scores catalog models and the naive references on cases with known outcomes; a model with a tuning
/// grid is also tuned by cross-validation by proposal and reported in sample and out of fold. Every row
/// also gives its paired difference from the baseline model, scored on the baseline's own cases (the same
/// issues, capabilities of the baseline's scheme).
/// </summary>
public static class BacktestRunner
{
    /// <summary>
    /// One summary per model (with its options as given), per tuned model in sample and out of fold, and per
    /// reference. <paramref name="baselineCases"/> are the cases the baseline runs on (by default
    /// <paramref name="cases"/>); they must be the same issues in the same order.
    /// </summary>
    public static IReadOnlyList<ErrorSummary> Run(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IProgress<string>? progress = null, IReadOnlyList<BacktestCase>? baselineCases = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        baselineCases ??= cases;
        if (baselineCases.Count != cases.Count || baselineCases.Where((c, i) => c.Id != cases[i].Id).Any())
        {
            throw new ArgumentException("the baseline's cases must be the same issues in the same order", nameof(baselineCases));
        }
        double?[]? baseline = null;
        if (options.Baseline is { } baselineName)
        {
            progress?.Report($"scoring the baseline {options.BaselineLabel} on {cases.Count} issues");
            baseline = ErrorStatistics.PerCase(PredictorOf(baselineName, options.Seed), baselineCases);
        }
        var summaries = new List<ErrorSummary>();
        ErrorSummary Summary(string name, string kind, IReadOnlyList<double?> errors, string? tuning = null, IReadOnlyList<double?>? forecasts = null)
        {
            return ErrorStatistics.Summarise(name, kind, ErrorStatistics.Present(errors, cases), options.Seed, options.Replicates, tuning) with
            {
                VersusBaseline = baseline is null ? null
                    : ErrorStatistics.Paired(options.BaselineLabel!, errors, baseline, cases, options.Seed, options.Replicates),
                CaseErrors = errors,
                CaseForecasts = forecasts ?? [],
            };
        }

        ErrorSummary Scored(Predictor predictor, string name, string kind)
        {
            var forecasts = ErrorStatistics.Forecasts(predictor, cases);
            return Summary(name, kind, ErrorStatistics.ErrorsOf(forecasts, cases), forecasts: forecasts);
        }

        foreach (var name in options.Models)
        {
            var model = ModelCatalog.Create(name, options.ModelOptions);
            progress?.Report($"scoring {model.Name} on {cases.Count} issues");
            summaries.Add(Scored(PredictorOf(name, options.Seed, options.ModelOptions, label: model.Name), model.Name, "model"));
            if (options.Folds >= 2 && model.Name == Models.InfluenceCompromise.InfluenceCompromiseOptions.ModelName)
            {
                progress?.Report($"fitting {model.Name}'s multipliers, {options.Folds} folds by proposal, {options.Repeats} splits");
                var fit = InfluenceFit.Tune(cases, options.ModelOptions, options.Folds, options.Seed, options.Repeats);
                summaries.Add(Summary($"{model.Name}@in-sample", "in-sample", fit.InSampleErrors.Select(e => (double?)e.Error).ToArray(), $"fitted on all cases: {fit.InSampleChoice}"));
                summaries.Add(Summary($"{model.Name}@out-of-fold", "out-of-fold", fit.OutOfFoldErrors.Select(e => (double?)e.Error).ToArray(),
                    $"multipliers fitted on the other folds, {options.Folds * options.Repeats} fits"));
            }
            else if (options.Folds >= 2 && TuningGrids.For(model.Name) is { } grid)
            {
                progress?.Report($"tuning {model.Name} over {grid.Count} candidates, {options.Folds} folds by proposal, {options.Repeats} splits");
                var candidates = grid.Select(o => PredictorOf(name, options.Seed,
                    [.. o, .. options.ModelOptions.Where(given => !o.Any(g => g.Name.Equals(given.Name, StringComparison.OrdinalIgnoreCase)))],
                    label: TuningGrids.Describe(o))).ToArray();
                var result = CrossValidation.Tune(candidates, cases, options.Folds, options.Seed, options.Repeats);
                summaries.Add(Summary($"{model.Name}@in-sample", "in-sample", result.InSampleErrors.Select(e => (double?)e.Error).ToArray(), result.InSampleChoice));
                var perFold = string.Join("; ", result.ChoiceCounts.Select(c => $"{c.Candidate} in {c.Folds} of {options.Folds * options.Repeats} folds"));
                summaries.Add(Summary($"{model.Name}@out-of-fold", "out-of-fold", result.OutOfFoldErrors.Select(e => (double?)e.Error).ToArray(), perFold));
            }
        }
        if (options.References)
        {
            summaries.AddRange(Predictor.References.Select(r => Scored(r, r.Name, r.Kind)));
        }
        return summaries;
    }

    private static Predictor PredictorOf(string name, ulong seed, IReadOnlyList<Domain.ModelOption>? options = null, string? label = null)
    {
        var model = ModelCatalog.Create(name, options);
        return Predictor.FromModel(label ?? model.Name, model, seed, ModelCatalog.Find(name)!.LinksIssues);
    }
}
