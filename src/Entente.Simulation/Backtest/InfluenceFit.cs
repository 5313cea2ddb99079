using Entente.Domain;
using Entente.Models;
using Entente.Models.PowerCompromise;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Fits the actor multipliers of <c>influence-compromise</c> to outcomes: coordinate descent on the mean absolute
/// error, each actor in turn (in id order) set to the best of a short grid of multipliers with the others held, two
/// sweeps from all ones; a change is taken only when it lowers the error, so ties keep the earlier value. Tuned by
/// the same repeated cross-validation by proposal as the grids of <see cref="TuningGrids"/>: each fold's cases are
/// forecast with multipliers fitted on the other folds only.
/// </summary>
internal static class InfluenceFit
{
    /// <summary>The multipliers an actor may take.</summary>
    public static IReadOnlyList<double> Grid { get; } = [0.5, 0.75, 1, 1.5, 2];

    /// <summary>Passes over the actors.</summary>
    public const int Sweeps = 2;

    /// <summary>One case as the fit sees it: each participant's power weight (before any multiplier) and position.</summary>
    public sealed record CaseWeights(string[] Actors, double[] Power, double[] Positions, double Outcome);

    /// <summary>
    /// The power weights of every case under <c>power-compromise</c> with <paramref name="options"/> (any
    /// <c>influence</c> among them is left out: it is what is being fitted).
    /// </summary>
    public static CaseWeights[] Prepare(IReadOnlyList<BacktestCase> cases, IReadOnlyList<ModelOption> options)
    {
        var model = ModelCatalog.Create(PowerCompromiseOptions.ModelName,
            options.Where(o => !o.Name.Equals("influence", StringComparison.OrdinalIgnoreCase)).ToArray());
        return cases.Select(c =>
        {
            var issue = model.Run(c.Scenario, new ModelRunContext()).Issues[0];
            var participants = c.Scenario.ParticipantsIn(issue.IssueId);
            return new CaseWeights(
                participants.Select(p => p.ActorId).ToArray(),
                participants.Select(p => issue.Details["power." + p.ActorId]).ToArray(),
                participants.Select(p => p.Position).ToArray(),
                c.Outcome);
        }).ToArray();
    }

    /// <summary>The forecast of <paramref name="c"/> with <paramref name="influence"/> (actors not named keep 1).</summary>
    public static double Forecast(CaseWeights c, IReadOnlyDictionary<string, double> influence)
    {
        double weighted = 0, total = 0;
        for (var k = 0; k < c.Actors.Length; k++)
        {
            var weight = c.Power[k] * influence.GetValueOrDefault(c.Actors[k], 1.0);
            weighted += weight * c.Positions[k];
            total += weight;
        }
        return total > 0 ? weighted / total : c.Positions.Average();
    }

    /// <summary>The multipliers that fit the cases <paramref name="training"/> (indices into <paramref name="cases"/>).</summary>
    public static Dictionary<string, double> Fit(IReadOnlyList<CaseWeights> cases, IReadOnlyList<int> training)
    {
        var actors = training.SelectMany(i => cases[i].Actors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var influence = actors.ToDictionary(a => a, _ => 1.0, StringComparer.Ordinal);
        double Error() => training.Sum(i => Math.Abs(Forecast(cases[i], influence) - cases[i].Outcome));
        var best = Error();
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            foreach (var actor in actors)
            {
                var kept = influence[actor];
                foreach (var factor in Grid)
                {
                    influence[actor] = factor;
                    var error = Error();
                    if (error < best - 1e-9)
                    {
                        best = error;
                        kept = factor;
                    }
                }
                influence[actor] = kept;
            }
        }
        return influence.Where(p => p.Value != 1.0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The multipliers as the <c>influence</c> option writes them.</summary>
    public static string Describe(IReadOnlyDictionary<string, double> influence) =>
        influence.Count == 0 ? "none" : PowerCompromiseOptions.FormatInfluence(influence);

    /// <summary>
    /// Fits on all cases (in sample) and, per fold of <paramref name="repeats"/> splits of <paramref name="folds"/>
    /// folds by proposal, on the other folds (out of fold, each case's error averaged over the splits).
    /// </summary>
    public static TuningResult Tune(IReadOnlyList<BacktestCase> cases, IReadOnlyList<ModelOption> options, int folds, ulong seed, int repeats)
    {
        var weights = Prepare(cases, options);
        var all = Enumerable.Range(0, cases.Count).ToArray();
        var inSample = Fit(weights, all);
        var outOfFold = new double[cases.Count];
        for (var r = 0; r < repeats; r++)
        {
            var fold = ProposalFolds.Assign(cases.Select(c => c.Group), folds, seed, r);
            for (var f = 0; f < folds; f++)
            {
                var training = all.Where(i => fold[cases[i].Group] != f).ToArray();
                var fitted = Fit(weights, training);
                foreach (var i in all.Where(i => fold[cases[i].Group] == f))
                {
                    outOfFold[i] += Math.Abs(Forecast(weights[i], fitted) - cases[i].Outcome) / repeats;
                }
            }
        }
        return new TuningResult(
            Describe(inSample),
            all.Select(i => (cases[i].Group, Math.Abs(Forecast(weights[i], inSample) - cases[i].Outcome))).ToArray(),
            [],
            all.Select(i => (cases[i].Group, outOfFold[i])).ToArray(),
            []);
    }
}
