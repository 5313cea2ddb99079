namespace Entente.Models.Spatial;

/// <summary>How pairwise victory probabilities become each option's probability of prevailing (KTAB's PCEModel).</summary>
public enum PceModel
{
    /// <summary>One step: P(i) ∝ Π_j V(i, j), the chance that i beats every alternative.</summary>
    Conditional,
    /// <summary>Markov chain in which challenges come in proportion to the incentive to make them.</summary>
    MarkovIncentive,
    /// <summary>Markov chain in which every option challenges with equal chance.</summary>
    MarkovUniform,
}
