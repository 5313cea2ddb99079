using System.Globalization;
using Entente.Simulation.Execution;

namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// A mixture of two models' predictive distributions: with weight w the split-conformal distribution of the sharp
/// model (the expected utility model: right more often, wrong by more) and with 1 − w that of the safe one (the
/// compromise model, whose misses are smaller), each its forecast plus the calibration cases' residuals under it,
/// kept on the scale. The mixture keeps mass near the EUM's forecast, for its hits, and the compromise model's
/// spread, for its tail. Its point forecast is the mixture's median (the point that minimises expected absolute
/// error under it). w ∈ {0, 0.1, …, 1} is chosen by the least mean CRPS over inner folds by proposal of the
/// training cases (each calibrated on the other inner folds; ties toward the compromise model), so the
/// out-of-fold row is nested: the outer fold's cases neither choose w nor calibrate their own distributions.
/// </summary>
/// <remarks>
/// CRPS of a mixture, exact for the samples: w·A₁ + (1−w)·A₂ − ½(w²·S₁₁ + (1−w)²·S₂₂ + 2w(1−w)·S₁₂), with
/// Aₖ = E|Xₖ − y| and Sₖₗ = E|Xₖ − X′ₗ|; so every w is scored from five sums. Interval ends are the conformal ranks
/// generalised to weights: each component's value carries its weight/(n+1), the rest at the scale's ends, so at
/// w = 0 or 1 the intervals are the component's split-conformal ones exactly.
/// </remarks>
internal sealed class MixtureScoring
{
    /// <summary>The model whose distribution brings the hits.</summary>
    public const string Sharp = "eum";

    /// <summary>The model whose distribution brings the safer tail.</summary>
    public const string Safe = "compromise";

    /// <summary>The rows' name.</summary>
    public const string Name = "mixture";

    /// <summary>The weights on <see cref="Sharp"/> the inner loop chooses among.</summary>
    public static IReadOnlyList<double> Weights { get; } = [.. Enumerable.Range(0, 11).Select(k => k / 10.0)];

    private readonly IReadOnlyList<BacktestCase> _cases;
    private readonly double?[] _sharp, _safe;
    private readonly double[] _outcomes;
    private readonly string[] _groups;
    private readonly int _innerFolds;
    private readonly ulong _seed;

    /// <summary>Mixes <paramref name="sharp"/>'s and <paramref name="safe"/>'s forecasts of <paramref name="cases"/>.</summary>
    public MixtureScoring(IReadOnlyList<BacktestCase> cases, double?[] sharp, double?[] safe, int innerFolds, ulong seed)
    {
        _cases = cases;
        _sharp = sharp;
        _safe = safe;
        _outcomes = [.. cases.Select(c => c.Outcome)];
        _groups = [.. cases.Select(c => c.Group)];
        _innerFolds = innerFolds;
        _seed = seed;
    }

    /// <summary>w chosen by inner folds of all cases; every case scored with every case's residuals, its own included (optimistic).</summary>
    public CaseScores InSample()
    {
        var all = Enumerable.Range(0, _cases.Count).Where(Forecast).ToArray();
        var w = Choose(all);
        var scores = new CaseScores(_outcomes) { Choices = { [Describe(w)] = 1 } };
        foreach (var i in all)
        {
            Score(scores, i, w, all, 1);
        }
        return scores;
    }

    /// <summary>
    /// Over <paramref name="repeats"/> splits into <paramref name="folds"/> folds by proposal (the backtest's): w chosen in
    /// the training folds' inner folds, the test cases calibrated on the training cases; each case averaged over the splits.
    /// </summary>
    public CaseScores OutOfFold(int folds, int repeats)
    {
        var splits = Enumerable.Range(0, repeats).Select(r => ProposalFolds.Assign(_groups, folds, _seed, r)).ToArray();
        var pieces = new CaseScores[repeats * folds];
        WorkScheduler.ForEach(pieces.Length, p =>
        {
            var (r, f) = (p / folds, p % folds);
            var training = Enumerable.Range(0, _cases.Count).Where(i => Forecast(i) && splits[r][_groups[i]] != f).ToArray();
            var w = Choose(training);
            var piece = new CaseScores(_outcomes) { Choices = { [Describe(w)] = 1 } };
            foreach (var i in Enumerable.Range(0, _cases.Count).Where(i => Forecast(i) && splits[r][_groups[i]] == f))
            {
                Score(piece, i, w, training, repeats);
            }
            pieces[p] = piece;
        });
        var scores = new CaseScores(_outcomes);
        foreach (var piece in pieces)
        {
            scores.Merge(piece);
        }
        return scores;
    }

    private static string Describe(double w) => string.Create(CultureInfo.InvariantCulture, $"{Sharp} weight {w:0.0}");

    private bool Forecast(int i) => _sharp[i] is not null && _safe[i] is not null;

    /// <summary>The weight with the least mean CRPS over the inner folds of <paramref name="training"/> (ties: the smaller).</summary>
    internal double Choose(IReadOnlyList<int> training)
    {
        var fold = InnerFolds.Of(training, _groups, _innerFolds, _seed);
        var totals = new double[Weights.Count];
        foreach (var j in training)
        {
            var calibration = training.Where(k => fold[k] != fold[j]).ToArray();
            var (sharp, safe) = Components(j, calibration);
            var sums = Sums.Of(sharp, safe, _outcomes[j]);
            for (var k = 0; k < Weights.Count; k++)
            {
                totals[k] += sums.Crps(Weights[k]);
            }
        }
        var best = 0;
        for (var k = 1; k < totals.Length; k++)
        {
            if (totals[k] < totals[best] - 1e-9)
            {
                best = k;
            }
        }
        return Weights[best];
    }

    private void Score(CaseScores scores, int i, double w, IReadOnlyList<int> calibration, int repeats)
    {
        var (sharp, safe) = Components(i, calibration);
        var scale = _cases[i].Scenario.Issues[0].Scale;
        var y = _outcomes[i];
        var point = Median(sharp, safe, w);
        var intervals = PredictiveSample.Levels.Select(level => Interval(sharp, safe, w, level, scale.Min, scale.Max)).ToArray();
        scores.AddScored(i, Math.Abs(point - y), Sums.Of(sharp, safe, y).Crps(w), intervals, repeats);
    }

    /// <summary>The two components' sorted samples for case <paramref name="i"/>: its forecasts plus the residuals of <paramref name="calibration"/>.</summary>
    private (double[] Sharp, double[] Safe) Components(int i, IReadOnlyList<int> calibration)
    {
        var scale = _cases[i].Scenario.Issues[0].Scale;
        double[] Sample(double?[] forecasts)
        {
            var sample = new double[calibration.Count];
            for (var k = 0; k < calibration.Count; k++)
            {
                var j = calibration[k];
                sample[k] = Math.Clamp(forecasts[i]!.Value + (_outcomes[j] - forecasts[j]!.Value), scale.Min, scale.Max);
            }
            Array.Sort(sample);
            return sample;
        }
        return (Sample(_sharp), Sample(_safe));
    }

    /// <summary>The smallest value at which the mixture's distribution reaches one half.</summary>
    internal static double Median(double[] sharp, double[] safe, double w)
    {
        var mass = 0.0;
        foreach (var (value, weight) in Merged(sharp, w / sharp.Length, safe, (1 - w) / safe.Length))
        {
            mass += weight;
            if (mass >= 0.5 - 1e-12)
            {
                return value;
            }
        }
        return sharp.Length > 0 ? sharp[^1] : safe[^1];
    }

    /// <summary>
    /// The interval of level <paramref name="level"/>: each component's values weigh its share/(n+1); the low end is the
    /// largest value whose cumulative weight is at most α/2 (else the scale's minimum), the high end the smallest whose
    /// cumulative weight reaches 1 − α/2 (else the maximum), the conformal ranks of <see cref="PredictiveSample.Interval"/> at w = 0 or 1.
    /// </summary>
    internal static (double Low, double High) Interval(double[] sharp, double[] safe, double w, double level, double min, double max)
    {
        var alpha = 1 - level;
        double low = min, high = max, mass = 0;
        var highFound = false;
        foreach (var (value, weight) in Merged(sharp, w / (sharp.Length + 1), safe, (1 - w) / (safe.Length + 1)))
        {
            if (weight <= 0)
            {
                continue;
            }
            mass += weight;
            if (mass <= alpha / 2 + 1e-9)
            {
                low = value;
            }
            if (!highFound && mass >= 1 - alpha / 2 - 1e-9)
            {
                high = value;
                highFound = true;
            }
        }
        return (Math.Max(low, min), Math.Min(high, max));
    }

    private static IEnumerable<(double Value, double Weight)> Merged(double[] a, double wa, double[] b, double wb)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] <= b[j]))
            {
                yield return (a[i++], wa);
            }
            else
            {
                yield return (b[j++], wb);
            }
        }
    }

    /// <summary>The five sums that give the CRPS of any mixture of two samples against one outcome.</summary>
    internal readonly record struct Sums(double A1, double A2, double S11, double S22, double S12)
    {
        public double Crps(double w) => w * A1 + (1 - w) * A2 - 0.5 * (w * w * S11 + (1 - w) * (1 - w) * S22 + 2 * w * (1 - w) * S12);

        /// <summary>The sums of two sorted samples against <paramref name="y"/>.</summary>
        public static Sums Of(double[] x, double[] z, double y) =>
            new(MeanDistance(x, y), MeanDistance(z, y), Spread(x), Spread(z), Cross(x, z));

        private static double MeanDistance(double[] sorted, double y)
        {
            double sum = 0;
            foreach (var v in sorted)
            {
                sum += Math.Abs(v - y);
            }
            return sum / sorted.Length;
        }

        /// <summary>E|X − X′| of one sorted sample: 2Σ(2k − n + 1)x₍ₖ₎ / n².</summary>
        private static double Spread(double[] sorted)
        {
            var n = sorted.Length;
            double sum = 0;
            for (var k = 0; k < n; k++)
            {
                sum += (2.0 * k - n + 1) * sorted[k];
            }
            return 2 * sum / ((double)n * n);
        }

        /// <summary>E|X − Z| of two sorted samples, by one merge: each x against the z below and above it.</summary>
        private static double Cross(double[] x, double[] z)
        {
            var total = z.Sum();
            double below = 0, sum = 0;
            var j = 0;
            foreach (var v in x)
            {
                while (j < z.Length && z[j] <= v)
                {
                    below += z[j++];
                }
                sum += v * j - below + (total - below) - v * (z.Length - j);
            }
            return sum / ((double)x.Length * z.Length);
        }
    }
}
