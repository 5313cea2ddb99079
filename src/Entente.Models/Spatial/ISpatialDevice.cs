namespace Entente.Models.Spatial;

/// <summary>
/// A device (a GPU) that takes a turn's O(n³) steps: the challenges, the coalition strengths of the turn's analyses
/// and every actor's utility of the state after each bargain. Each gives exactly what the CPU's own code gives.
/// </summary>
internal interface ISpatialDevice
{
    /// <summary>
    /// Every actor's own estimate (h = k = i) of its challenge to every other, φ and gain at [i·n + j], exactly what
    /// <see cref="ChallengeEvaluator.EvaluateTargets"/> gives row by row.
    /// </summary>
    (double[] Probabilities, double[] Gains) Run(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options);

    /// <summary>The coalition strengths <see cref="CoalitionStrengths.Of"/> gives, at [i·m + j] for m options.</summary>
    double[] Coalitions(double[] utilities, double[] weights, int options, VotingRule rule);

    /// <summary>Each actor a's utility of the state after bargain b, at [b·n + a]: <see cref="StateUtilities.After"/> for every bargain.</summary>
    double[] After(SpatialActors actors, TurnAnalysis analysis, IReadOnlyList<ProposedBargain> bargains);
}
