using Entente.Models.Diplomacy.Beliefs;

namespace Entente.Models.Diplomacy.Commitments;

/// <summary>
/// One member of a commitment's audience, as the reputation stake needs it: its weight (capability), its
/// belief over the committer's joint types, each type's reciprocity q, and whether each type would honour
/// under the rule without the reputation term.
/// </summary>
/// <param name="Weight">c_h (faction: w_f·c_j); normalised over the audience.</param>
/// <param name="Belief">μ^h over the committer's joint types.</param>
/// <param name="Reciprocity">q of each joint type.</param>
/// <param name="Honours">The level-0 rule's decision for each joint type.</param>
public sealed record ReputationObserver(double Weight, IReadOnlyList<double> Belief, IReadOnlyList<double> Reciprocity, IReadOnlyList<bool> Honours);

/// <summary>
/// RS = ψ·Σ_h ω_h·(E^h[q | honour] − E^h[q | renege]) (specification §7.2, level 0): how much a committer's
/// reputation for reciprocity rises with its audience by honouring rather than reneging, with each observer
/// reading the decision through the rule without reputation (no fixed point is sought).
/// </summary>
public static class ReputationStake
{
    /// <summary>The stake; a term whose posterior is undefined counts 0.</summary>
    public static double Of(double psi, IReadOnlyList<ReputationObserver> audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var total = 0.0;
        foreach (var h in audience)
        {
            total += h.Weight;
        }
        if (!(total > 0))
        {
            return 0.0;
        }
        var stake = 0.0;
        // Observers with the same belief (the same lists) learn the same: each difference is computed once.
        var known = new List<(ReputationObserver Reading, double? Difference)>();
        foreach (var h in audience)
        {
            var at = -1;
            for (var i = 0; i < known.Count && at < 0; i++)
            {
                var k = known[i].Reading;
                at = ReferenceEquals(k.Belief, h.Belief) && ReferenceEquals(k.Honours, h.Honours) && ReferenceEquals(k.Reciprocity, h.Reciprocity) ? i : -1;
            }
            var difference = at >= 0 ? known[at].Difference : Difference(h);
            if (at < 0)
            {
                known.Add((h, difference));
            }
            if (difference is { } value)
            {
                stake += h.Weight / total * value;
            }
        }
        // Each term is a covariance of q with honouring under a product prior, hence ≥ 0 (Harris); when the rule
        // does not split the types both posteriors equal the prior up to rounding, which must not turn negative.
        return Math.Max(0.0, psi * stake);
    }

    // E^h[q | honour] − E^h[q | renege]; null when a posterior is undefined.
    // Bayes' rule and the posterior means in place: the sums and quotients of Probability.Update and Probability.Mean,
    // in their order, without the intermediate arrays.
    private static double? Difference(ReputationObserver h)
    {
        var belief = h.Belief;
        var honours = h.Honours;
        var q = h.Reciprocity;
        if (belief.Count != honours.Count)
        {
            throw new ArgumentException("one decision per type", nameof(h));
        }
        double zHonour = 0, zRenege = 0;
        for (var t = 0; t < belief.Count; t++)
        {
            zHonour += belief[t] * Probability.TrembleLikelihood(honours[t]);
            zRenege += belief[t] * Probability.TrembleLikelihood(!honours[t]);
        }
        if (zHonour <= 0 || zRenege <= 0)
        {
            return null;
        }
        double meanHonour = 0, meanRenege = 0;
        for (var t = 0; t < belief.Count; t++)
        {
            meanHonour += q[t] * (belief[t] * Probability.TrembleLikelihood(honours[t]) / zHonour);
            meanRenege += q[t] * (belief[t] * Probability.TrembleLikelihood(!honours[t]) / zRenege);
        }
        return meanHonour - meanRenege;
    }

    /// <summary>
    /// E^h[q | honour] − E^h[q | renege] of one observer from its belief over the joint types, their q and the level-0
    /// decisions, as spans: the sums and quotients of <see cref="Of"/>, in their order (null when a posterior is undefined).
    /// </summary>
    internal static double? Difference(ReadOnlySpan<double> belief, ReadOnlySpan<double> q, ReadOnlySpan<bool> honours)
    {
        if (belief.Length != honours.Length)
        {
            throw new ArgumentException("one decision per type", nameof(honours));
        }
        double zHonour = 0, zRenege = 0;
        for (var t = 0; t < belief.Length; t++)
        {
            zHonour += belief[t] * Probability.TrembleLikelihood(honours[t]);
            zRenege += belief[t] * Probability.TrembleLikelihood(!honours[t]);
        }
        if (zHonour <= 0 || zRenege <= 0)
        {
            return null;
        }
        double meanHonour = 0, meanRenege = 0;
        for (var t = 0; t < belief.Length; t++)
        {
            meanHonour += q[t] * (belief[t] * Probability.TrembleLikelihood(honours[t]) / zHonour);
            meanRenege += q[t] * (belief[t] * Probability.TrembleLikelihood(!honours[t]) / zRenege);
        }
        return meanHonour - meanRenege;
    }

    /// <summary>P^h(c): the observer's belief mass on the types that would honour (specification §7.3).</summary>
    public static double Credibility(IReadOnlyList<double> belief, IReadOnlyList<bool> honours)
    {
        ArgumentNullException.ThrowIfNull(belief);
        ArgumentNullException.ThrowIfNull(honours);
        var p = 0.0;
        for (var t = 0; t < belief.Count; t++)
        {
            if (honours[t])
            {
                p += belief[t];
            }
        }
        return p;
    }
}
