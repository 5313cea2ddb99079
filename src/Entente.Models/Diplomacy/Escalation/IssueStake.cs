namespace Entente.Models.Diplomacy.Escalation;

/// <summary>
/// One side's view of one issue of a dyad at the end of a round (specification §10): what it would expect
/// from a contest against what it can have by settling. A value: every dyad of every round makes two per disputed issue.
/// </summary>
/// <param name="Resolve">r_id, the side's true resolve on the issue.</param>
/// <param name="Ideal">x*_id.</param>
/// <param name="Own">x_id, the side's position.</param>
/// <param name="Rival">x_jd, the other side's position.</param>
/// <param name="Settlement">x̃_d, from <see cref="Escalation.Settlement.Available"/>.</param>
/// <param name="WinProbability">P^i_ijd, from the side's own perspective (<see cref="Escalation.WinProbability.Bdm"/>).</param>
/// <param name="Range">Δ_d.</param>
public readonly record struct IssueStake(
    double Resolve, double Ideal, double Own, double Rival, double Settlement, double WinProbability, double Range)
{
    /// <summary>True iff the two positions differ by more than <paramref name="thetaMove"/> of the range: only then is there anything to fight over.</summary>
    /// <param name="thetaMove">θ_move (default 0.02).</param>
    public bool InDispute(double thetaMove) => Math.Abs(Own - Rival) / Range > thetaMove;

    /// <summary>
    /// r_id·[P·u(x_i) + (1 − P)·u(x_j) − u(x̃)] with u(x) = −|x − x*|/Δ: what a contest is expected to be
    /// worth over settling, before its cost.
    /// </summary>
    public double ContestValue =>
        Resolve * (WinProbability * Utility(Own) + (1 - WinProbability) * Utility(Rival) - Utility(Settlement));

    private double Utility(double x) => -Math.Abs(x - Ideal) / Range;
}
