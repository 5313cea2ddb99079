namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm probability exactly as the specification writes it, voter by voter: O(n) per pair, O(n³) a
/// round. It is the oracle the fast form is tested against and the baseline of the benchmarks.
/// </summary>
internal sealed class NaiveBdmProbability : IWinProbability
{
    private SortedPositions? _sorted;
    private double _delta;

    public void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta)
    {
        _sorted = sorted;
        _delta = delta;
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
        if (xi == xj)
        {
            return 0;
        }
        double favour = 0, all = 0;
        for (var k = 0; k < s.Count; k++)
        {
            var xk = s.Position[k];
            var vote = s.Weight[k] * (Math.Abs(xk - xj) / _delta - Math.Abs(xk - xi) / _delta);
            favour += Math.Max(0, vote);
            all += Math.Abs(vote);
        }
        return all == 0 ? 0.5 : favour / all;
    }
}
