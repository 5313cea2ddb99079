namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// Chooses among fitters by cross-validation inside the training cases (the inner loop of a nested
/// cross-validation): each candidate is fitted on all inner folds but one and scored on the one left, by
/// proposal; the candidate with the least inner out-of-fold MAE (ties: the earlier) is refitted on all the
/// training cases. The inner folds' models of the chosen candidate come back as its CV+ calibration: their
/// residuals are on cases they did not see (a little optimistic, as the same residuals chose the candidate).
/// </summary>
internal sealed class SelectedFitter(IReadOnlyList<(string Name, PointFitter Fitter)> candidates, IReadOnlyList<string> groups,
    IReadOnlyList<double> outcomes, int innerFolds, ulong seed) : PointFitter
{
    public override Fitted Fit(IReadOnlyList<int> training)
    {
        var fold = InnerFolds.Of(training, groups, innerFolds, seed);
        var folds = fold.Where(f => f >= 0).Distinct().Order().ToArray();
        var best = -1;
        var bestMae = double.PositiveInfinity;
        FoldModels? bestModels = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var models = new double?[folds.Length][];
            var oof = new double?[outcomes.Count];
            for (var g = 0; g < folds.Length; g++)
            {
                var inner = training.Where(i => fold[i] != folds[g]).ToArray();
                models[g] = candidates[k].Fitter.Fit(inner).Forecasts;
                foreach (var i in training.Where(i => fold[i] == folds[g]))
                {
                    oof[i] = models[g][i];
                }
            }
            var mae = GridFitter.Mae(oof, training, outcomes);
            if (mae < bestMae || best < 0)
            {
                bestMae = mae;
                best = k;
                bestModels = new FoldModels(models, fold.Select(f => f < 0 ? -1 : Array.IndexOf(folds, f)).ToArray());
            }
        }
        var fitted = candidates[best].Fitter.Fit(training);
        return new(fitted.Forecasts, candidates[best].Name, bestModels, fitted.Choice);
    }
}

/// <summary>Inner folds by proposal within a set of training cases, from their own stream so they never repeat the outer split.</summary>
internal static class InnerFolds
{
    /// <summary>The stream of the inner shuffle.</summary>
    public const ulong Stream = 0x1EE4UL << 32;

    /// <summary>Per case, its inner fold (0 to K−1), or −1 for a case outside <paramref name="training"/>.</summary>
    public static int[] Of(IReadOnlyList<int> training, IReadOnlyList<string> groups, int folds, ulong seed)
    {
        var inTraining = training.Select(i => groups[i]).Distinct(StringComparer.Ordinal).ToArray();
        var assigned = ProposalFolds.AssignFromStream(inTraining, Math.Min(folds, Math.Max(inTraining.Length, 2)), seed, Stream);
        var fold = Enumerable.Repeat(-1, groups.Count).ToArray();
        foreach (var i in training)
        {
            fold[i] = assigned[groups[i]];
        }
        return fold;
    }
}
