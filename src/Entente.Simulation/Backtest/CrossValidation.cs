namespace Entente.Simulation.Backtest;

/// <summary>What tuning a model over a grid gave, in sample and out of fold.</summary>
/// <param name="InSampleChoice">The candidate with the least MAE on all cases.</param>
/// <param name="InSampleErrors">Its errors on all cases (optimistic: chosen on the same cases).</param>
/// <param name="FoldChoices">Per fold, the candidate chosen on the other folds.</param>
/// <param name="OutOfFoldErrors">Each case's error under the candidate chosen without its proposal.</param>
public sealed record TuningResult(
    string InSampleChoice,
    IReadOnlyList<(string Group, double Error)> InSampleErrors,
    IReadOnlyList<string> FoldChoices,
    IReadOnlyList<(string Group, double Error)> OutOfFoldErrors);

/// <summary>
/// Tunes by grid search with cross-validation by proposal: for each fold the candidate with the least MAE
/// on the training folds forecasts the test fold, so no outcome of a test proposal informs its forecast.
/// Ties go to the earlier candidate of the grid.
/// </summary>
public static class CrossValidation
{
    /// <summary>Runs every candidate on every case once, then selects per fold.</summary>
    public static TuningResult Tune(IReadOnlyList<Predictor> candidates, IReadOnlyList<BacktestCase> cases, int folds, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        var errors = new double[candidates.Count][];
        Parallel.For(0, candidates.Count, k =>
        {
            errors[k] = cases.Select(c => Math.Abs((candidates[k].Forecast(c) ?? double.NaN) - c.Outcome)).ToArray();
        });
        var fold = ProposalFolds.Assign(cases.Select(c => c.Group), folds, seed);
        var caseFold = cases.Select(c => fold[c.Group]).ToArray();

        var all = Best(errors, _ => true);
        var choices = new List<string>(folds);
        var outOfFold = new (string, double)[cases.Count];
        for (var f = 0; f < folds; f++)
        {
            var chosen = Best(errors, i => caseFold[i] != f);
            choices.Add(candidates[chosen].Name);
            for (var i = 0; i < cases.Count; i++)
            {
                if (caseFold[i] == f)
                {
                    outOfFold[i] = (cases[i].Group, errors[chosen][i]);
                }
            }
        }
        return new TuningResult(
            candidates[all].Name,
            cases.Select((c, i) => (c.Group, errors[all][i])).ToArray(),
            choices,
            outOfFold);
    }

    private static int Best(double[][] errors, Func<int, bool> inTraining)
    {
        var best = 0;
        var bestMae = double.PositiveInfinity;
        for (var k = 0; k < errors.Length; k++)
        {
            double sum = 0;
            var n = 0;
            for (var i = 0; i < errors[k].Length; i++)
            {
                if (inTraining(i))
                {
                    sum += errors[k][i];
                    n++;
                }
            }
            var mae = n > 0 ? sum / n : double.PositiveInfinity;
            if (mae < bestMae)
            {
                bestMae = mae;
                best = k;
            }
        }
        return best;
    }
}
