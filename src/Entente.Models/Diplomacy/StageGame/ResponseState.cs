namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// A set of credibilities over which the receiver's response is fixed (specification §5.2): an open
/// interval between two consecutive thresholds (ρ = the weight of types whose threshold lies at or below
/// it), or one threshold, at which that threshold's types may mix (ρ = base + β·mass).
/// </summary>
internal readonly record struct ResponseState(bool AtThreshold, double Low, double High, double Base, double Mass)
{
    private const double Epsilon = 1e-9;

    public bool Contains(double credibility) => AtThreshold
        ? Math.Abs(credibility - Low) <= Epsilon
        : (double.IsNegativeInfinity(Low) || credibility > Low + Epsilon) && (double.IsPositiveInfinity(High) || credibility < High - Epsilon);

    /// <summary>
    /// The states in the enumeration orders of amendment A19: for silence O₀, A₁, O₁, …, A_L, O_L; for the
    /// claim A_L, O_L, A_{L−1}, O_{L−1}, …, A₁, O₁, O₀ (favourable responses first). States that do not meet
    /// [0, 1] are skipped.
    /// </summary>
    public static (ResponseState[] Silent, ResponseState[] Claim) Enumerate(double[] weights, double[] thresholds)
    {
        var distinct = thresholds.Distinct().Order().ToArray();
        var open = new ResponseState?[distinct.Length + 1];
        var at = new ResponseState?[distinct.Length + 1];
        for (var l = 0; l <= distinct.Length; l++)
        {
            var low = l == 0 ? double.NegativeInfinity : distinct[l - 1];
            var high = l == distinct.Length ? double.PositiveInfinity : distinct[l];
            if (low < 1.0 && high > 0.0)
            {
                open[l] = new ResponseState(false, low, high, WeightWhere(weights, thresholds, t => t <= low), 0.0);
            }
            if (l > 0 && low >= -Epsilon && low <= 1.0 + Epsilon)
            {
                at[l] = new ResponseState(true, low, low, WeightWhere(weights, thresholds, t => t < low), WeightWhere(weights, thresholds, t => t == low));
            }
        }
        var silent = new List<ResponseState>();
        for (var l = 0; l <= distinct.Length; l++)
        {
            Add(silent, at[l]);
            Add(silent, open[l]);
        }
        var claim = new List<ResponseState>();
        for (var l = distinct.Length; l >= 1; l--)
        {
            Add(claim, at[l]);
            Add(claim, open[l]);
        }
        Add(claim, open[0]);
        return ([.. silent], [.. claim]);
    }

    private static void Add(List<ResponseState> list, ResponseState? state)
    {
        if (state is { } s)
        {
            list.Add(s);
        }
    }

    private static double WeightWhere(double[] weights, double[] thresholds, Func<double, bool> predicate)
    {
        var sum = 0.0;
        for (var u = 0; u < weights.Length; u++)
        {
            if (predicate(thresholds[u]))
            {
                sum += weights[u];
            }
        }
        return sum;
    }
}
