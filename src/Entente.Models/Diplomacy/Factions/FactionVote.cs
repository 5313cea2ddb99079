namespace Entente.Models.Diplomacy.Factions;

/// <summary>
/// A faction deciding inside its composite (specification §4.4, amendment A18): the composite acts by weighted
/// majority, the other factions acting with their own probabilities, so whether this faction acts moves the
/// composite's act probability φ from one value to another rather than from 0 to 1.
/// </summary>
/// <param name="Probabilities">π_f of every faction of the composite, in declared order (this faction's entry is ignored).</param>
/// <param name="Weights">w_f, aligned.</param>
/// <param name="Index">This faction's position in the lists.</param>
public sealed record FactionVote(IReadOnlyList<double> Probabilities, IReadOnlyList<double> Weights, int Index)
{
    private readonly double[] _probabilities = [.. Probabilities];
    private readonly double[] _weights = [.. Weights];

    /// <summary>φ: the probability that the composite acts when this faction acts (or does not).</summary>
    public double Given(bool acts) => WeightedMajority.ActProbabilityGiven(_probabilities, _weights, Index, acts);

    /// <summary>φ when this faction acts with probability <paramref name="act"/> (0 or 1 for a known type).</summary>
    public double Given(double act) => act * Given(true) + (1 - act) * Given(false);
}
