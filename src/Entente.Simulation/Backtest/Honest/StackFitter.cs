namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A stacked forecast: non-negative weights summing to one on the base models' forecasts, fitted on the training
/// cases by exhaustive search of the simplex in steps of <see cref="Step"/> for the least MAE plus
/// λ·(1 − weight of the first base), a penalty that shrinks the stack toward the first base (the compromise
/// model). Where a base abstains (the reference point without one), the others' weights are renormalised.
/// Ties keep the earlier weights in the search order, which starts at all weight on the first base.
/// </summary>
internal sealed class StackFitter(IReadOnlyList<string> bases, IReadOnlyList<double?[]> forecasts, IReadOnlyList<double> outcomes, double lambda) : PointFitter
{
    /// <summary>The grid step of the weights.</summary>
    public const double Step = 0.1;

    /// <summary>The penalties the inner loop chooses among (MAE points per unit of weight off the first base).</summary>
    public static IReadOnlyList<double> Penalties { get; } = [0, 1, 4, double.PositiveInfinity];

    private static readonly Dictionary<int, double[][]> Simplices = [];

    public override Fitted Fit(IReadOnlyList<int> training)
    {
        var best = Weights(bases.Count)[0];
        if (!double.IsPositiveInfinity(lambda))
        {
            var bestObjective = double.PositiveInfinity;
            foreach (var weights in Weights(bases.Count))
            {
                double sum = 0;
                foreach (var i in training)
                {
                    sum += Math.Abs((Combine(weights, i) ?? double.NaN) - outcomes[i]);
                }
                var objective = sum / Math.Max(training.Count, 1) + lambda * (1 - weights[0]);
                if (objective < bestObjective - 1e-12)
                {
                    bestObjective = objective;
                    best = weights;
                }
            }
        }
        var chosen = best;
        return new([.. Enumerable.Range(0, outcomes.Count).Select(i => Combine(chosen, i))],
            string.Join(" ", bases.Select((b, k) => $"{b}={chosen[k]:0.0}").Where((_, k) => chosen[k] > 0)));
    }

    private double? Combine(double[] weights, int i)
    {
        double sum = 0, total = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            if (weights[k] > 0 && forecasts[k][i] is { } f)
            {
                sum += weights[k] * f;
                total += weights[k];
            }
        }
        return total > 0 ? sum / total : forecasts[0][i];
    }

    /// <summary>Every weight vector on the simplex grid, all weight on the first base first.</summary>
    private static double[][] Weights(int n)
    {
        lock (Simplices)
        {
            if (Simplices.TryGetValue(n, out var cached))
            {
                return cached;
            }
            var steps = (int)Math.Round(1 / Step);
            var all = new List<double[]>();
            void Deal(int k, int left, int[] parts)
            {
                if (k == n - 1)
                {
                    parts[k] = left;
                    all.Add([.. parts.Select(p => p / (double)steps)]);
                    return;
                }
                for (var take = left; take >= 0; take--)
                {
                    parts[k] = take;
                    Deal(k + 1, left - take, parts);
                }
            }
            Deal(0, steps, new int[n]);
            return Simplices[n] = [.. all];
        }
    }
}
