namespace Entente.Models.Diplomacy.Unilateral;

/// <summary>
/// The terms of a decider's objective W_k(x) on a unilateral issue (specification §9), each a function of
/// the position x it might choose.
/// </summary>
public static class WelfareTerms
{
    /// <summary>−r_kd·dist(x, x*_kd): the decider's own stake in the issue.</summary>
    /// <param name="resolve">r_kd.</param>
    /// <param name="ideal">x*_kd.</param>
    /// <param name="range">Δ_d.</param>
    public static Func<double, double> OwnStake(double resolve, double ideal, double range) =>
        x => -resolve * Math.Abs(x - ideal) / range;

    /// <summary>−λ_jk·ŝ^k_jd·dist(x, x_jd): pressure from an actor j with leverage over the decider, pulling toward j's demand.</summary>
    /// <param name="weight">λ_jk (scale·dist(x_{j,via}, lo_via) or a constant).</param>
    /// <param name="perceivedSalience">ŝ^k_jd, j's salience as the decider perceives it.</param>
    /// <param name="demand">x_jd, j's position (its demand) on the issue.</param>
    /// <param name="range">Δ_d.</param>
    public static Func<double, double> Leverage(double weight, double perceivedSalience, double demand, double range) =>
        x => -weight * perceivedSalience * Math.Abs(x - demand) / range;

    /// <summary>
    /// P^k(c)·V_c(x) when x triggers the commitment, else 0: a threat's expected harm (V &lt; 0) or a promise's
    /// expected reward (V &gt; 0).
    /// </summary>
    /// <param name="probability">P^k(c), the decider's belief that the commitment is carried out.</param>
    /// <param name="valueIfCarriedOut">V_c(x) = −ω_{S e}·ℓ_{k e}(x_{S e} → z), z possibly scheduled on x.</param>
    /// <param name="triggers">Whether choosing x triggers the commitment.</param>
    public static Func<double, double> Commitment(double probability, Func<double, double> valueIfCarriedOut, Func<double, bool> triggers)
    {
        ArgumentNullException.ThrowIfNull(valueIfCarriedOut);
        ArgumentNullException.ThrowIfNull(triggers);
        return x => triggers(x) ? probability * valueIfCarriedOut(x) : 0.0;
    }

    /// <summary>P^k(c)·V when x triggers the commitment: the same with a value that does not depend on x.</summary>
    /// <param name="probability">P^k(c).</param>
    /// <param name="valueIfCarriedOut">V_c.</param>
    /// <param name="triggers">Whether choosing x triggers the commitment.</param>
    public static Func<double, double> Commitment(double probability, double valueIfCarriedOut, Func<double, bool> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        return x => triggers(x) ? probability * valueIfCarriedOut : 0.0;
    }

    /// <summary>
    /// −C_k·β^(T−t) when x violates an item of a negotiation with a deadline, else 0: the discounted no-deal
    /// cost, which rises as the deadline nears (anticipation).
    /// </summary>
    /// <param name="noDealCost">C_k.</param>
    /// <param name="discount">β.</param>
    /// <param name="deadline">T.</param>
    /// <param name="round">t ≤ T.</param>
    /// <param name="violates">Whether choosing x violates the item.</param>
    public static Func<double, double> Item(double noDealCost, double discount, int deadline, int round, Func<double, bool> violates)
    {
        ArgumentNullException.ThrowIfNull(violates);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(round, deadline);
        var cost = -noDealCost * Math.Pow(discount, deadline - round);
        return x => violates(x) ? cost : 0.0;
    }
}
