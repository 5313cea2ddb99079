namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// What a party gains by holding out one more round (specification §8, level 1): its resolve times the
/// expected gain per unit resolve from waiting, plus the audience cost it would pay for abandoning its
/// stands on the issue.
/// </summary>
/// <param name="Resolve">r_id, the party's true resolve on the issue.</param>
/// <param name="WaitingGain">w_i = Σ π^i_j·δ_ij, see <see cref="WaitingGain.PerUnitResolve"/>.</param>
/// <param name="StandCost">a_id, the audience cost of the party's active stands or joint claims on the issue.</param>
public sealed record HoldOutStake(double Resolve, double WaitingGain, double StandCost)
{
    /// <summary>r·w + a, the side of the concession rule that favours holding.</summary>
    public double Value => Resolve * WaitingGain + StandCost;
}
