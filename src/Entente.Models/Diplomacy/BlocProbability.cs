using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>
/// The bdm probability of success when some voters are cohesive coalitions voting as one block: the block
/// casts its members' pooled c·s from their weighted mean position. Linear votes, O(n) per pair, as the
/// specification writes it; the contestants are still the individual actors.
/// </summary>
internal sealed class BlocProbability(IReadOnlyList<(double Position, double Weight)> voters) : IWinProbability
{
    private SortedPositions? _sorted;

    public void Prepare(SortedPositions sorted, ReadOnlySpan<double> voterRisk, double delta) => _sorted = sorted;

    public void FillRow(int receiverSlot, Span<double> wins, Span<double> losses)
    {
        var s = _sorted ?? throw new InvalidOperationException("Prepare the round first.");
        var xi = s.Position[receiverSlot];
        for (var t = 0; t < s.Count; t++)
        {
            wins[t] = Probability(xi, s.Position[t]);
            losses[t] = Probability(s.Position[t], xi);
        }
    }

    private double Probability(double xi, double xj)
    {
        if (xi == xj)
        {
            return 0;
        }
        double favour = 0, all = 0;
        foreach (var (xk, wk) in voters)
        {
            var vote = wk * (Math.Abs(xk - xj) - Math.Abs(xk - xi));
            favour += Math.Max(0, vote);
            all += Math.Abs(vote);
        }
        return all == 0 ? 0.5 : favour / all;
    }
}
