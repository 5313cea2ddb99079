using Entente.Simulation.Backtest.Honest;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Turns forecasts and fitters into report rows: point scores, predictive distributions (in sample, and out of
/// fold over the backtest's repeated split) and paired differences from the baseline in MAE and CRPS.
/// </summary>
internal sealed class RowScoring(IReadOnlyList<BacktestCase> cases, BacktestOptions options)
{
    private double?[]? baselineErrors;
    private CaseScores? baselineInSample;
    private CaseScores? baselineOutOfFold;

    private bool Folded => options.Folds >= 2;

    /// <summary>Scores the baseline's forecasts on its own cases, once, for every row's paired differences.</summary>
    public void SetBaseline(double?[] forecasts, IReadOnlyList<BacktestCase> baselineCases)
    {
        baselineErrors = ErrorStatistics.ErrorsOf(forecasts, baselineCases);
        var fitter = new FixedFitter(forecasts);
        baselineInSample = HonestScoring.InSample(fitter, baselineCases);
        baselineOutOfFold = Folded ? OutOfFold(fitter, baselineCases) : baselineInSample;
    }

    /// <summary>A row for forecasts with nothing fitted: its distribution calibrated out of fold (in sample too).</summary>
    public ErrorSummary Fixed(string name, string kind, double?[] forecasts)
    {
        var fitter = new FixedFitter(forecasts);
        var inSample = HonestScoring.InSample(fitter, cases);
        if (options.Frozen.TryGetValue(name, out var frozen))
        {
            // Scored as calibrated before, never refitted; compared with the baseline's out-of-fold distribution.
            return Row(name, kind, ErrorStatistics.ErrorsOf(forecasts, cases), HonestScoring.Frozen(forecasts, cases, frozen), "frozen", null) with
            {
                CaseForecasts = forecasts,
                InSampleDistribution = ErrorStatistics.Distribution("in-sample", inSample),
            };
        }
        var honest = Folded ? OutOfFold(fitter, cases) : inSample;
        return Row(name, kind, ErrorStatistics.ErrorsOf(forecasts, cases), honest, Folded ? "out-of-fold" : "in-sample", null) with
        {
            CaseForecasts = forecasts,
            InSampleDistribution = ErrorStatistics.Distribution("in-sample", inSample),
        };
    }

    /// <summary>The in-sample and out-of-fold rows of a fitted model (<c>NAME@in-sample</c>, <c>NAME@out-of-fold</c>).</summary>
    public IEnumerable<ErrorSummary> Tuned(string name, PointFitter fitter, string what)
    {
        var inSample = HonestScoring.InSample(fitter, cases);
        yield return Row($"{name}@in-sample", "in-sample", inSample.Errors, inSample, "in-sample",
            $"fitted on all cases: {string.Join("; ", inSample.Choices.Keys)}");
        var outOfFold = OutOfFold(fitter, cases);
        var fits = options.Folds * options.Repeats;
        var counts = string.Join("; ", outOfFold.Choices.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(5).Select(c => $"{c.Key} in {c.Value} of {fits} folds"));
        var more = outOfFold.Choices.Count > 5 ? $"; {outOfFold.Choices.Count - 5} other {what} choices" : "";
        yield return Row($"{name}@out-of-fold", "out-of-fold", outOfFold.Errors, outOfFold, "out-of-fold", counts + more);
    }

    /// <summary>
    /// The row <c>NAME@noise</c>: the point forecasts' errors and, as the distribution, each case's sample from input
    /// noise (calibration <c>input-noise</c>; nothing fitted, so it is scored the same in and out of fold).
    /// </summary>
    public ErrorSummary Noise(string name, double?[] forecasts, double[][] samples, string described)
    {
        var scores = new CaseScores([.. cases.Select(c => c.Outcome)]) { Choices = { ["input noise"] = 1 } };
        for (var i = 0; i < cases.Count; i++)
        {
            if (forecasts[i] is { } point)
            {
                scores.AddSample(i, cases[i], point, samples[i], 1);
            }
        }
        return Row($"{name}@noise", "noise", ErrorStatistics.ErrorsOf(forecasts, cases), scores, "input-noise", described);
    }

    /// <summary>The in-sample and out-of-fold rows of the mixture of two models' distributions (<c>NAME@in-sample</c>, <c>NAME@out-of-fold</c>).</summary>
    public IEnumerable<ErrorSummary> Mixture(string name, MixtureScoring mixture)
    {
        var inSample = mixture.InSample();
        yield return Row($"{name}@in-sample", "in-sample", inSample.Errors, inSample, "in-sample",
            $"chosen on all cases: {string.Join("; ", inSample.Choices.Keys)}");
        var outOfFold = mixture.OutOfFold(options.Folds, options.Repeats);
        var fits = options.Folds * options.Repeats;
        yield return Row($"{name}@out-of-fold", "out-of-fold", outOfFold.Errors, outOfFold, "out-of-fold",
            string.Join("; ", outOfFold.Choices.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key} in {c.Value} of {fits} folds")));
    }

    private CaseScores OutOfFold(PointFitter fitter, IReadOnlyList<BacktestCase> scored) =>
        HonestScoring.OutOfFold(fitter, scored, options.Folds, options.Repeats, options.InnerFolds, options.Seed);

    private ErrorSummary Row(string name, string kind, double?[] errors, CaseScores scores, string calibration, string? tuning)
    {
        var baselineScores = calibration == "in-sample" ? baselineInSample : baselineOutOfFold;
        return ErrorStatistics.Summarise(name, kind, ErrorStatistics.Present(errors, cases), options.Seed, options.Replicates, tuning) with
        {
            VersusBaseline = baselineErrors is null ? null
                : ErrorStatistics.Paired(options.BaselineLabel!, errors, baselineErrors, cases, options.Seed, options.Replicates),
            CrpsVersusBaseline = baselineScores is null ? null
                : ErrorStatistics.Paired(options.BaselineLabel!, scores.Crps, baselineScores.Crps, cases, options.Seed, options.Replicates),
            Distribution = ErrorStatistics.Distribution(calibration, scores),
            CaseErrors = errors,
        };
    }
}
