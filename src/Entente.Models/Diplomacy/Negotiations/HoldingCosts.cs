namespace Entente.Models.Diplomacy.Negotiations;

/// <summary>
/// What holding out costs a party in a negotiation (specification §8): the no-deal cost C it pays if the
/// deadline T passes without a deal, discounted by β per round before it, plus the delay cost h per round,
/// less the delay benefit g. Without a deadline T is the horizon's end and C = 0.
/// </summary>
/// <param name="NoDealCost">C_i, paid when the negotiation closes without a deal (default 0.2; summit 0.3).</param>
/// <param name="Discount">β ∈ [0, 1], how much less a no-deal cost one round further away weighs (default 0.7).</param>
/// <param name="Deadline">T, the last decision round.</param>
/// <param name="DelayCost">h_i(t), the cost of one more round without agreement (default 0.01).</param>
/// <param name="DelayBenefit">g_i, what a round of delay is worth to the party (default 0).</param>
public sealed record HoldingCosts(double NoDealCost, double Discount, int Deadline, double DelayCost, double DelayBenefit)
{
    /// <summary>
    /// Costs without a deadline: the horizon's last round stands in for T and there is no no-deal cost, so
    /// only delay cost and benefit remain.
    /// </summary>
    /// <param name="horizon">The last round of the run.</param>
    /// <param name="delayCost">h_i per round.</param>
    /// <param name="delayBenefit">g_i per round.</param>
    public static HoldingCosts WithoutDeadline(int horizon, double delayCost, double delayBenefit) =>
        new(0, 0.7, horizon, delayCost, delayBenefit);

    /// <summary>
    /// K_i(t) = C·β^(T−t) + h − g: the cost of waiting one more round at round <paramref name="round"/>. The
    /// deadline term grows as T nears, which is what concentrates concessions just before it (β⁰ = 1, also
    /// for β = 0).
    /// </summary>
    /// <param name="round">The decision round t ≤ T.</param>
    public double CostOfWaiting(int round)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(round, Deadline);
        return NoDealCost * Math.Pow(Discount, Deadline - round) + DelayCost - DelayBenefit;
    }
}
