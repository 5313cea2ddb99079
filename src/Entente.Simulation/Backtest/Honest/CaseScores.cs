namespace Entente.Simulation.Backtest.Honest;

/// <summary>
/// Case by case, what a predictive distribution scored (null where the predictor abstained): absolute error
/// of the point forecast, CRPS, and per level of <see cref="PredictiveSample.Levels"/> whether the interval
/// covered the outcome and its width; each a mean over the splits a case was scored in.
/// </summary>
internal sealed class CaseScores(IReadOnlyList<double> outcomes)
{

    public double?[] Errors { get; } = new double?[outcomes.Count];

    public double?[] Crps { get; } = new double?[outcomes.Count];

    public double?[][] Covered { get; } = PredictiveSample.Levels.Select(_ => new double?[outcomes.Count]).ToArray();

    public double?[][] Width { get; } = PredictiveSample.Levels.Select(_ => new double?[outcomes.Count]).ToArray();

    /// <summary>How many fits chose each option (in-sample: one).</summary>
    public Dictionary<string, int> Choices { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Scores case <paramref name="i"/> with weight 1/<paramref name="repeats"/>: the CV+ sample is, for every
    /// calibrating case j, the forecast of case i by the model that did not see j plus j's residual under it,
    /// kept on the issue's scale.
    /// </summary>
    public void Add(int i, BacktestCase @case, double? forecast, FoldModels calibration, int repeats)
    {
        if (forecast is not { } point)
        {
            return;
        }
        var scale = @case.Scenario.Issues[0].Scale;
        var sample = new List<double>(calibration.ModelOf.Length);
        for (var j = 0; j < calibration.ModelOf.Length; j++)
        {
            var m = calibration.ModelOf[j];
            if (m >= 0 && calibration.Forecasts[m][i] is { } shifted && calibration.Forecasts[m][j] is { } own)
            {
                sample.Add(Math.Clamp(shifted + (outcomes[j] - own), scale.Min, scale.Max));
            }
        }
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        AddSample(i, @case, point, sorted, repeats);
    }

    /// <summary>Scores case <paramref name="i"/>'s point forecast and its predictive sample (sorted) with weight 1/<paramref name="repeats"/>.</summary>
    public void AddSample(int i, BacktestCase @case, double point, double[] sorted, int repeats)
    {
        var scale = @case.Scenario.Issues[0].Scale;
        var y = @case.Outcome;
        Accumulate(Errors, i, Math.Abs(point - y), repeats);
        Accumulate(Crps, i, sorted.Length > 0 ? PredictiveSample.Crps(sorted, y) : Math.Abs(point - y), repeats);
        for (var l = 0; l < PredictiveSample.Levels.Count; l++)
        {
            var (low, high) = PredictiveSample.Interval(sorted, PredictiveSample.Levels[l], scale.Min, scale.Max);
            Accumulate(Covered[l], i, low <= y && y <= high ? 1 : 0, repeats);
            Accumulate(Width[l], i, high - low, repeats);
        }
    }

    /// <summary>
    /// Scores case <paramref name="i"/> from figures computed elsewhere (a distribution that is not one equally weighted
    /// sample, such as a mixture), with weight 1/<paramref name="repeats"/>: the point's absolute error, the CRPS, and
    /// per level of <see cref="PredictiveSample.Levels"/> the interval.
    /// </summary>
    public void AddScored(int i, double error, double crps, IReadOnlyList<(double Low, double High)> intervals, int repeats)
    {
        var y = outcomes[i];
        Accumulate(Errors, i, error, repeats);
        Accumulate(Crps, i, crps, repeats);
        for (var l = 0; l < PredictiveSample.Levels.Count; l++)
        {
            var (low, high) = intervals[l];
            Accumulate(Covered[l], i, low <= y && y <= high ? 1 : 0, repeats);
            Accumulate(Width[l], i, high - low, repeats);
        }
    }

    /// <summary>Adds another piece's sums (pieces score disjoint cases of one split, or other splits).</summary>
    public void Merge(CaseScores piece)
    {
        Sum(Errors, piece.Errors);
        Sum(Crps, piece.Crps);
        for (var l = 0; l < Covered.Length; l++)
        {
            Sum(Covered[l], piece.Covered[l]);
            Sum(Width[l], piece.Width[l]);
        }
        foreach (var (choice, count) in piece.Choices)
        {
            Choices[choice] = Choices.GetValueOrDefault(choice) + count;
        }
    }

    private static void Accumulate(double?[] into, int i, double value, int repeats) => into[i] = (into[i] ?? 0) + value / repeats;

    private static void Sum(double?[] into, double?[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            if (from[i] is { } v)
            {
                into[i] = (into[i] ?? 0) + v;
            }
        }
    }
}
