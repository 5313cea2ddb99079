using Entente.Models;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Scores catalog models and the naive references on cases with known outcomes; a model with a tuning
/// grid is also tuned by cross-validation by proposal and reported in sample and out of fold, and
/// <c>influence-compromise</c> is refitted by nested cross-validation (its penalty chosen in the inner folds).
/// Every row has a predictive distribution (conformal intervals around its point forecasts) and its paired
/// differences from the baseline model in MAE and CRPS, scored on the baseline's own cases (the same issues,
/// capabilities of the baseline's scheme).
/// </summary>
public static class BacktestRunner
{
    /// <summary>
    /// One summary per model (with its options as given), per tuned model in sample and out of fold, and per
    /// reference. <paramref name="baselineCases"/> are the cases the baseline runs on (by default
    /// <paramref name="cases"/>); they must be the same issues in the same order.
    /// </summary>
    public static IReadOnlyList<ErrorSummary> Run(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IProgress<string>? progress = null, IReadOnlyList<BacktestCase>? baselineCases = null) =>
        Run(cases, options, progress, baselineCases, known: null);

    /// <summary>
    /// The backtest as pieces, one per forecaster that runs a model (the baseline, each model, each candidate of a
    /// tuning grid) forecasting every case, for an executor to run anywhere; <see cref="BacktestWork.Assemble"/>
    /// scores them here.
    /// </summary>
    public static BacktestWork Pieces(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IReadOnlyList<BacktestCase>? baselineCases = null) =>
        new(cases, options, baselineCases ?? cases);

    /// <summary>A forecaster that runs a model on every case: what one piece of a backtest computes.</summary>
    internal sealed record Forecaster(string Key, string Model, IReadOnlyList<Domain.ModelOption>? Options, string? Label, bool OnBaselineCases)
    {
        public double?[] Forecasts(IReadOnlyList<BacktestCase> cases, IReadOnlyList<BacktestCase> baselineCases, ulong seed) =>
            ErrorStatistics.Forecasts(PredictorOf(Model, seed, Options, Label), OnBaselineCases ? baselineCases : cases);
    }

    /// <summary>Every forecaster that runs a model, in the order the backtest scores them.</summary>
    internal static IReadOnlyList<Forecaster> Forecasters(BacktestOptions options)
    {
        var forecasters = new List<Forecaster>();
        if (options.Baseline is { } baselineName)
        {
            forecasters.Add(new Forecaster("baseline", baselineName, null, null, true));
        }
        for (var m = 0; m < options.Models.Count; m++)
        {
            var name = options.Models[m];
            var model = ModelCatalog.Create(name, options.ModelOptions);
            forecasters.Add(new Forecaster(ModelKey(m), name, options.ModelOptions, model.Name, false));
            if (options.Folds >= 2 && model.Name != Models.InfluenceCompromise.InfluenceCompromiseOptions.ModelName && TuningGrids.For(model.Name) is { } grid)
            {
                forecasters.AddRange(grid.Select((o, k) => new Forecaster(CandidateKey(m, k), name,
                    [.. o, .. options.ModelOptions.Where(given => !o.Any(g => g.Name.Equals(given.Name, StringComparison.OrdinalIgnoreCase)))],
                    TuningGrids.Describe(o), false)));
            }
        }
        return forecasters;
    }

    private static string ModelKey(int m) => FormattableString.Invariant($"model/{m}");

    private static string CandidateKey(int m, int k) => FormattableString.Invariant($"candidate/{m}/{k}");

    /// <summary>The backtest, with the forecasts of its forecasters already known (by key) or, when null, computed here.</summary>
    internal static IReadOnlyList<ErrorSummary> Run(IReadOnlyList<BacktestCase> cases, BacktestOptions options, IProgress<string>? progress,
        IReadOnlyList<BacktestCase>? baselineCases, IReadOnlyDictionary<string, double?[]>? known)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        baselineCases ??= cases;
        if (baselineCases.Count != cases.Count || baselineCases.Where((c, i) => c.Id != cases[i].Id).Any())
        {
            throw new ArgumentException("the baseline's cases must be the same issues in the same order", nameof(baselineCases));
        }
        var forecasters = Forecasters(options).ToDictionary(f => f.Key, StringComparer.Ordinal);
        double?[] ForecastsOf(string key) => known is not null ? known[key] : forecasters[key].Forecasts(cases, baselineCases, options.Seed);
        var scoring = new RowScoring(cases, options);
        if (options.Baseline is { } baselineName)
        {
            progress?.Report($"scoring the baseline {options.BaselineLabel} on {cases.Count} issues");
            scoring.SetBaseline(ForecastsOf("baseline"), baselineCases);
        }
        var summaries = new List<ErrorSummary>();
        var forecastsOf = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        for (var m = 0; m < options.Models.Count; m++)
        {
            var model = ModelCatalog.Create(options.Models[m], options.ModelOptions);
            progress?.Report($"scoring {model.Name} on {cases.Count} issues");
            forecastsOf[model.Name] = ForecastsOf(ModelKey(m));
            summaries.Add(scoring.Fixed(model.Name, "model", forecastsOf[model.Name]));
            if (options.NoiseTrials > 0)
            {
                progress?.Report($"running {model.Name} on {options.NoiseTrials} noisy versions of each case ({DescribeNoise(options)})");
                var samples = NoiseSamples.Of(options.Models[m], options.ModelOptions, ModelCatalog.Find(options.Models[m])!.LinksIssues, cases, options.Noise, options.NoiseTrials, options.Seed);
                summaries.Add(scoring.Noise(model.Name, forecastsOf[model.Name], samples, $"{options.NoiseTrials} trials of input noise: {DescribeNoise(options)}"));
            }
            if (options.Folds >= 2 && model.Name == Models.InfluenceCompromise.InfluenceCompromiseOptions.ModelName)
            {
                progress?.Report($"fitting {model.Name}'s multipliers by nested cross-validation: {options.Folds} outer folds by proposal, "
                    + $"{options.Repeats} splits, penalty chosen on {options.InnerFolds} inner folds");
                var weights = InfluenceFit.Prepare(cases, options.ModelOptions);
                var penalties = ShrunkInfluenceFit.Penalties
                    .Select(lambda => ($"penalty {Penalty(lambda)}", (PointFitter)new InfluenceFitter(weights, lambda))).ToArray();
                summaries.AddRange(scoring.Tuned(model.Name, new SelectedFitter(penalties, [.. cases.Select(c => c.Group)],
                    [.. cases.Select(c => c.Outcome)], options.InnerFolds, options.Seed), "multipliers and penalty"));
                progress?.Report($"fitting {model.Name}'s multipliers pooled by group (EU-15 and later members, large and small states) by nested cross-validation");
                var pooled = ShrunkInfluenceFit.Penalties
                    .Select(lambda => ($"pooled, penalty {Penalty(lambda)}", (PointFitter)new PooledInfluenceFitter(weights, lambda))).ToArray();
                summaries.AddRange(scoring.Tuned(PooledRow, new SelectedFitter(pooled, [.. cases.Select(c => c.Group)],
                    [.. cases.Select(c => c.Outcome)], options.InnerFolds, options.Seed), "group multipliers and penalty"));
            }
            else if (options.Folds >= 2 && TuningGrids.For(model.Name) is { } grid)
            {
                progress?.Report($"tuning {model.Name} over {grid.Count} candidates, {options.Folds} folds by proposal, {options.Repeats} splits");
                var forecasts = new double?[grid.Count][];
                var at = m;
                Execution.WorkScheduler.ForEach(grid.Count, k => forecasts[k] = ForecastsOf(CandidateKey(at, k)));
                summaries.AddRange(scoring.Tuned(model.Name,
                    new GridFitter([.. grid.Select(TuningGrids.Describe)], forecasts, [.. cases.Select(c => c.Outcome)]), "candidate"));
            }
        }
        if (options.Folds >= 2 && StackBases.Take(4).All(forecastsOf.ContainsKey))
        {
            progress?.Report($"stacking {string.Join(", ", StackBases)} by nested cross-validation");
            forecastsOf[Predictor.ReferencePoint.Name] = ErrorStatistics.Forecasts(Predictor.ReferencePoint, cases);
            var outcomes = cases.Select(c => c.Outcome).ToArray();
            var bases = StackBases.Select(b => forecastsOf[b]).ToArray();
            var penalties = StackFitter.Penalties.Select(lambda =>
                ($"penalty {Penalty(lambda)}", (PointFitter)new StackFitter(StackBases, bases, outcomes, lambda))).ToArray();
            summaries.AddRange(scoring.Tuned("stacked", new SelectedFitter(penalties, [.. cases.Select(c => c.Group)], outcomes, options.InnerFolds, options.Seed),
                "weights and penalty"));
        }
        if (options.Folds >= 2 && forecastsOf.ContainsKey(MixtureScoring.Safe) && forecastsOf.ContainsKey(MixtureScoring.Sharp))
        {
            progress?.Report($"mixing the distributions of {MixtureScoring.Sharp} and {MixtureScoring.Safe} by nested cross-validation");
            var mixture = new MixtureScoring(cases, forecastsOf[MixtureScoring.Sharp], forecastsOf[MixtureScoring.Safe], options.InnerFolds, options.Seed);
            summaries.AddRange(scoring.Mixture(MixtureScoring.Name, mixture));
        }
        if (options.References)
        {
            summaries.AddRange(Predictor.References.Select(r => scoring.Fixed(r.Name, r.Kind, ErrorStatistics.Forecasts(r, cases))));
        }
        return summaries;
    }

    /// <summary>The row of <c>influence-compromise</c> refitted with its multipliers pooled by group.</summary>
    public const string PooledRow = "influence-pooled";

    /// <summary>The models a stacked forecast weighs, the first being the one it shrinks toward.</summary>
    private static readonly string[] StackBases = ["compromise", "eum", "exchange", "median", "reference-point"];

    private static string DescribeNoise(BacktestOptions options) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"positions {options.Noise.Position} of the scale, saliences {options.Noise.Salience}, log capabilities {options.Noise.Capability}");

    private static string Penalty(double lambda) => double.IsPositiveInfinity(lambda) ? "none fitted" : lambda.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Predictor PredictorOf(string name, ulong seed, IReadOnlyList<Domain.ModelOption>? options = null, string? label = null)
    {
        var model = ModelCatalog.Create(name, options);
        return Predictor.FromModel(label ?? model.Name, model, seed, ModelCatalog.Find(name)!.LinksIssues);
    }
}
