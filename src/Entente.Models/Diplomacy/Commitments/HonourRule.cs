using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Commitments;

/// <summary>
/// Whether a committer keeps its word when tested (specification §7.2): honouring is its own decision,
/// taken with its true type by comparing what keeping the commitment is worth (the outcome it buys, its
/// reciprocity, the audience cost it avoids and the reputation it protects) with what acting costs.
/// </summary>
public static class HonourRule
{
    /// <summary>V for a threat or stand: p·B_S + q·W + a + RS.</summary>
    public static double ThreatValue(double success, double benefit, double reciprocity, double honourScale, double audienceCost, double reputationStake) =>
        success * benefit + reciprocity * honourScale + audienceCost + reputationStake;

    /// <summary>V for a promise: q·W + a + RS.</summary>
    public static double PromiseValue(double reciprocity, double honourScale, double audienceCost, double reputationStake) =>
        reciprocity * honourScale + audienceCost + reputationStake;

    /// <summary>
    /// φ_step: the share of a graduated schedule's range that one step from <paramref name="previous"/> to
    /// <paramref name="level"/> covers; 1 for a flat schedule or a single <c>to:</c> action (amendment A14).
    /// </summary>
    public static double StepFraction(double previous, double level, double scheduleMin, double scheduleMax) =>
        scheduleMax > scheduleMin ? Math.Abs(level - previous) / (scheduleMax - scheduleMin) : 1.0;

    /// <summary>Honour iff φ_step·V ≥ C_step, ties in favour of acting (amendment A6).</summary>
    public static bool Honours(double value, double cost, double stepFraction = 1.0) =>
        stepFraction * value >= cost - StageGameSolver.Epsilon;
}
