using Entente.Models;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Scores catalog models and the naive references on cases with known outcomes; a model with a tuning
/// grid is also tuned by cross-validation by proposal and reported in sample and out of fold.
/// </summary>
public static class BacktestRunner
{
    /// <summary>One summary per model (with its options as given), per tuned model in sample and out of fold, and per reference.</summary>
    public static IReadOnlyList<ErrorSummary> Run(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IProgress<string>? progress = null)
    {
        var summaries = new List<ErrorSummary>();
        foreach (var name in options.Models)
        {
            var model = ModelCatalog.Create(name);
            progress?.Report($"scoring {model.Name} on {cases.Count} issues");
            var predictor = Predictor.FromModel(model.Name, model, options.Seed);
            summaries.Add(ErrorStatistics.Summarise(model.Name, "model", ErrorStatistics.Errors(predictor, cases), options.Seed, options.Replicates));
            if (options.Folds >= 2 && TuningGrids.For(model.Name) is { } grid)
            {
                progress?.Report($"tuning {model.Name} over {grid.Count} candidates, {options.Folds} folds by proposal");
                summaries.AddRange(Tuned(model.Name, grid, cases, options));
            }
        }
        if (options.References)
        {
            summaries.AddRange(Predictor.References.Select(r =>
                ErrorStatistics.Summarise(r.Name, r.Kind, ErrorStatistics.Errors(r, cases), options.Seed, options.Replicates)));
        }
        return summaries;
    }

    private static IEnumerable<ErrorSummary> Tuned(string name, IReadOnlyList<IReadOnlyList<Domain.ModelOption>> grid, IReadOnlyList<BacktestCase> cases, BacktestOptions options)
    {
        var candidates = grid.Select(o => Predictor.FromModel(TuningGrids.Describe(o), ModelCatalog.Create(name, o), options.Seed)).ToArray();
        var result = CrossValidation.Tune(candidates, cases, options.Folds, options.Seed);
        yield return ErrorStatistics.Summarise($"{name}@in-sample", "in-sample", result.InSampleErrors, options.Seed, options.Replicates, result.InSampleChoice);
        var perFold = string.Join("; ", result.FoldChoices.Select((c, f) => $"fold {f}: {c}"));
        yield return ErrorStatistics.Summarise($"{name}@out-of-fold", "out-of-fold", result.OutOfFoldErrors, options.Seed, options.Replicates, perFold);
    }
}
