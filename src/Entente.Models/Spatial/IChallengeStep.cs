namespace Entente.Models.Spatial;

/// <summary>
/// A turn's challenge step done elsewhere (a GPU): every actor's own estimate (h = k = i) of its challenge to every
/// other, φ and gain at [i·n + j], exactly what <see cref="ChallengeEvaluator.EvaluateTargets"/> gives row by row.
/// </summary>
internal interface IChallengeStep
{
    (double[] Probabilities, double[] Gains) Run(SpatialActors actors, TurnAnalysis analysis, SpatialOptions options);
}
