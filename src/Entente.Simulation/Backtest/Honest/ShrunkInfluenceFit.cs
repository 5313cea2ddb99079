namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// The multipliers of <c>influence-compromise</c> fitted with a ridge penalty toward "no adjustment": coordinate
/// descent (as <see cref="InfluenceFit"/>: actors in id order, the same grid, two sweeps from all ones, a change
/// only when it lowers the objective) on MAE + λ·Σ(log₂ m)². λ = 0 is the unpenalised fit; an infinite λ fits
/// nothing (the power compromise). Each actor's move updates only the running sums of the cases it takes part
/// in, so a fit costs a pass over the cases per grid value, not one per actor and case.
/// </summary>
internal static class ShrunkInfluenceFit
{
    /// <summary>The penalties the inner loop of a nested cross-validation chooses among (points of MAE per (log₂ m)²).</summary>
    public static IReadOnlyList<double> Penalties { get; } = [0, 0.05, 0.2, 1, double.PositiveInfinity];

    /// <summary>The multipliers for the training cases at penalty <paramref name="lambda"/> (actors not named keep 1).</summary>
    public static Dictionary<string, double> Fit(IReadOnlyList<InfluenceFit.CaseWeights> cases, IReadOnlyList<int> training, double lambda)
    {
        if (double.IsPositiveInfinity(lambda) || training.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }
        var n = training.Count;
        var num = new double[n];
        var den = new double[n];
        var fallback = new double[n];
        var outcome = new double[n];
        var entries = new Dictionary<string, List<(int Case, double WeightedPosition, double Weight)>>(StringComparer.Ordinal);
        for (var t = 0; t < n; t++)
        {
            var c = cases[training[t]];
            outcome[t] = c.Outcome;
            fallback[t] = c.Positions.Average();
            for (var k = 0; k < c.Actors.Length; k++)
            {
                num[t] += c.Power[k] * c.Positions[k];
                den[t] += c.Power[k];
                if (!entries.TryGetValue(c.Actors[k], out var list))
                {
                    entries[c.Actors[k]] = list = [];
                }
                list.Add((t, c.Power[k] * c.Positions[k], c.Power[k]));
            }
        }
        double Error(int t, double numerator, double denominator) =>
            Math.Abs((denominator > 0 ? numerator / denominator : fallback[t]) - outcome[t]);
        var errorSum = 0.0;
        for (var t = 0; t < n; t++)
        {
            errorSum += Error(t, num[t], den[t]);
        }
        var influence = entries.Keys.Order(StringComparer.Ordinal).ToDictionary(a => a, _ => 1.0, StringComparer.Ordinal);
        var penalty = 0.0;
        double Penalty(double m) => lambda * Math.Pow(Math.Log2(m), 2);
        var best = errorSum / n + penalty;
        for (var sweep = 0; sweep < InfluenceFit.Sweeps; sweep++)
        {
            foreach (var actor in influence.Keys.ToArray())
            {
                var current = influence[actor];
                var kept = current;
                var keptError = errorSum;
                var list = entries[actor];
                foreach (var factor in InfluenceFit.Grid)
                {
                    if (factor == current)
                    {
                        continue;
                    }
                    var error = errorSum;
                    var delta = factor - current;
                    foreach (var (t, wx, w) in list)
                    {
                        error += Error(t, num[t] + delta * wx, den[t] + delta * w) - Error(t, num[t], den[t]);
                    }
                    var objective = error / n + penalty - Penalty(current) + Penalty(factor);
                    if (objective < best - 1e-9)
                    {
                        best = objective;
                        kept = factor;
                        keptError = error;
                    }
                }
                if (kept != current)
                {
                    var delta = kept - current;
                    foreach (var (t, wx, w) in list)
                    {
                        num[t] += delta * wx;
                        den[t] += delta * w;
                    }
                    penalty += Penalty(kept) - Penalty(current);
                    errorSum = keptError;
                    influence[actor] = kept;
                }
            }
        }
        return influence.Where(p => p.Value != 1.0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}

/// <summary>The penalised influence fit as a fitter: multipliers from the training cases, forecasts of every case.</summary>
internal sealed class InfluenceFitter(IReadOnlyList<InfluenceFit.CaseWeights> cases, double lambda) : PointFitter
{
    public override Fitted Fit(IReadOnlyList<int> training)
    {
        var influence = ShrunkInfluenceFit.Fit(cases, training, lambda);
        return new(cases.Select(c => (double?)InfluenceFit.Forecast(c, influence)).ToArray(), InfluenceFit.Describe(influence));
    }
}

/// <summary>
/// The influence fit with the multipliers pooled by group (<see cref="Formats.Importers.Deu.DeuActors.PoolOf"/>: EU-15 and later
/// members, large and small states, each institution its own): six factors instead of one per actor, the other
/// shrinkage toward "no adjustment" the issue names. The same penalised coordinate descent, over groups.
/// </summary>
internal sealed class PooledInfluenceFitter(IReadOnlyList<InfluenceFit.CaseWeights> cases, double lambda) : PointFitter
{
    private readonly InfluenceFit.CaseWeights[] _pooled =
        [.. cases.Select(c => c with { Actors = [.. c.Actors.Select(Formats.Importers.Deu.DeuActors.PoolOf)] })];

    public override Fitted Fit(IReadOnlyList<int> training)
    {
        var factors = ShrunkInfluenceFit.Fit(_pooled, training, lambda);
        return new(_pooled.Select(c => (double?)InfluenceFit.Forecast(c, factors)).ToArray(), factors.Count == 0 ? "none" : InfluenceFit.Describe(factors));
    }
}
