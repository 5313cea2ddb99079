namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The probability of the Scholz et al. reconstruction: votes bent by each voter's risk exponent, and a
/// denominator that is not the pair's total vote but the constant Σ_k Σ_a Σ_b |v_k(x_a, x_b; r_k)| over
/// every ordered pair of actors. That makes every P tiny; it is what their published run does, so the
/// variant keeps it. Kept deliberately plain: it exists to reproduce a ten-actor case, not to scale.
/// </summary>
internal sealed class ScholzProbability : IWinProbability
{
    private SortedPositions? _sorted;
    private double[] _risk = [];
    private double[] _bent = [];
    private double _delta;
    private double _allVotes;

    public void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta)
    {
        var n = sorted.Count;
        _sorted = sorted;
        _delta = delta;
        if (_risk.Length != n)
        {
            _risk = new double[n];
            _bent = new double[n];
        }
        for (var t = 0; t < n; t++)
        {
            _risk[t] = voterRisk[sorted.Order[t]];
        }

        // Σ_a Σ_b |g_b − g_a| for each voter, with g_a = (|x_k − x_a|/Δ)^r_k: sorted, the t-th smallest g
        // is subtracted from the n − 1 − t above it and has the t below it subtracted from it.
        double all = 0;
        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                _bent[a] = Bent(k, sorted.Position[a]);
            }
            Array.Sort(_bent);
            double pairs = 0;
            for (var t = 0; t < n; t++)
            {
                pairs += _bent[t] * (2 * t - n + 1);
            }
            all += 2 * sorted.Weight[k] * pairs;
        }
        _allVotes = all;
    }

    public void FillRow(int receiverSlot, Span<double> wins, Span<double> losses)
    {
        var s = _sorted ?? throw new InvalidOperationException("Prepare the round first.");
        var xi = s.Position[receiverSlot];
        for (var t = 0; t < s.Count; t++)
        {
            wins[t] = Probability(s, xi, s.Position[t]);
            losses[t] = Probability(s, s.Position[t], xi);
        }
    }

    private double Probability(SortedPositions s, double xi, double xj)
    {
        if (xi == xj || _allVotes == 0)
        {
            return 0;
        }
        double favour = 0;
        for (var k = 0; k < s.Count; k++)
        {
            favour += Math.Max(0, s.Weight[k] * (Bent(k, xj) - Bent(k, xi)));
        }
        return favour / _allVotes;
    }

    private double Bent(int voterSlot, double x) =>
        Math.Pow(Math.Abs(_sorted!.Position[voterSlot] - x) / _delta, _risk[voterSlot]);
}
