using Entente.Simulation.Execution;

namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// Scores a fitter with predictive distributions. In sample: fitted on every case, each forecast's distribution is
/// the forecast plus every case's residual (its own included: optimistic). Out of fold (repeated K-fold by
/// proposal): fitted on the other folds only; a test case's distribution is CV+ (Barber et al. 2021): for each
/// training case j, the forecast of the test case by the model that did not see j, plus j's residual under
/// that model. A model with nothing to fit has one such model, so CV+ is then split conformal calibrated on
/// the other folds. Each case's scores are averaged over the splits.
/// </summary>
internal static class HonestScoring
{
    /// <summary>Scores with the distributions calibrated on all cases.</summary>
    public static CaseScores InSample(PointFitter fitter, IReadOnlyList<BacktestCase> cases)
    {
        var all = Enumerable.Range(0, cases.Count).ToArray();
        var outcomes = cases.Select(c => c.Outcome).ToArray();
        var fitted = fitter.Fit(all);
        var calibration = new FoldModels([fitted.Forecasts], [.. all.Select(_ => 0)]);
        var choice = fitted.Detail is { } detail ? $"{fitted.Choice}: {detail}" : fitted.Choice;
        var scores = new CaseScores(outcomes) { Choices = { [choice] = 1 } };
        foreach (var i in all)
        {
            scores.Add(i, cases[i], fitted.Forecasts[i], calibration, 1);
        }
        return scores;
    }

    /// <summary>Scores forecasts with a frozen calibration: each case's sample is its forecast plus the calibration's residuals.</summary>
    public static CaseScores Frozen(double?[] forecasts, IReadOnlyList<BacktestCase> cases, ConformalCalibration calibration)
    {
        var scores = new CaseScores(cases.Select(c => c.Outcome).ToArray()) { Choices = { ["frozen"] = 1 } };
        for (var i = 0; i < cases.Count; i++)
        {
            if (forecasts[i] is { } point)
            {
                var scale = cases[i].Scenario.Issues[0].Scale;
                scores.AddSample(i, cases[i], point, calibration.Sample(point, scale.Min, scale.Max), 1);
            }
        }
        return scores;
    }

    /// <summary>
    /// Scores out of fold over <paramref name="repeats"/> splits into <paramref name="folds"/> folds by proposal
    /// (split r from stream (seed, <see cref="ProposalFolds.Stream"/> + r), as the tuning grids' cross-validation).
    /// A fitter that does not return its own inner folds' models is refitted on <paramref name="innerFolds"/>
    /// inner folds of the training cases to calibrate.
    /// </summary>
    public static CaseScores OutOfFold(PointFitter fitter, IReadOnlyList<BacktestCase> cases, int folds, int repeats, int innerFolds, ulong seed)
    {
        var groups = cases.Select(c => c.Group).ToArray();
        var outcomes = cases.Select(c => c.Outcome).ToArray();
        var splits = Enumerable.Range(0, repeats).Select(r => ProposalFolds.Assign(groups, folds, seed, r)).ToArray();
        var pieces = new CaseScores[repeats * folds];
        WorkScheduler.ForEach(pieces.Length, p =>
        {
            var (r, f) = (p / folds, p % folds);
            var training = Enumerable.Range(0, cases.Count).Where(i => splits[r][groups[i]] != f).ToArray();
            var test = Enumerable.Range(0, cases.Count).Where(i => splits[r][groups[i]] == f).ToArray();
            var fitted = fitter.Fit(training);
            var calibration = fitted.Calibration ?? Calibrate(fitter, fitted, training, groups, innerFolds, seed);
            var piece = new CaseScores(outcomes) { Choices = { [fitted.Choice] = 1 } };
            foreach (var i in test)
            {
                piece.Add(i, cases[i], fitted.Forecasts[i], calibration, repeats);
            }
            pieces[p] = piece;
        });
        var scores = new CaseScores(outcomes);
        foreach (var piece in pieces)
        {
            scores.Merge(piece);
        }
        return scores;
    }

    private static FoldModels Calibrate(PointFitter fitter, Fitted fitted, int[] training, string[] groups, int innerFolds, ulong seed)
    {
        var modelOf = Enumerable.Repeat(-1, groups.Length).ToArray();
        if (fitter.Fixed)
        {
            foreach (var j in training)
            {
                modelOf[j] = 0;
            }
            return new FoldModels([fitted.Forecasts], modelOf);
        }
        var fold = InnerFolds.Of(training, groups, innerFolds, seed);
        var used = fold.Where(f => f >= 0).Distinct().Order().ToArray();
        var models = used.Select(g => fitter.Fit(training.Where(i => fold[i] != g).ToArray()).Forecasts).ToArray();
        foreach (var j in training)
        {
            modelOf[j] = Array.IndexOf(used, fold[j]);
        }
        return new FoldModels(models, modelOf);
    }
}
