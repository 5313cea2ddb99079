using Entente.Models.Diplomacy.Beliefs;

namespace Entente.Models.Diplomacy.Engine;

/// <summary>What a round starts from: positions, the true base saliences of the run's types, and every belief.</summary>
internal sealed class LayerState
{
    public required double[,] Positions { get; init; }

    /// <summary>r_ad of the run's true types: the base model's saliences.</summary>
    public required double[,] Resolve { get; init; }

    public required BeliefBook Beliefs { get; init; }

    /// <summary>The commitments standing (and those made so far this round): a faction's endorsement ties its hands too.</summary>
    public IReadOnlyList<ActiveCommitment> Commitments { get; init; } = [];

    /// <summary>ŝ^h_jd: h's expectation of j's resolve on d, its own being its true one.</summary>
    public double Perceived(int observer, int actor, int issue) =>
        observer == actor ? Resolve[actor, issue] : Beliefs.Expected(observer, actor, LayerCast.ResolveOn(issue));

    /// <summary>
    /// ω^h_jd: how much the outcome of an issue moves with j's position: 1 for the decider of a unilateral issue (0 for
    /// the others), c_j·ŝ^h_j / Σ_k c_k·ŝ^h_k over the participants of a collective one, as observer h sees it
    /// (amendment A3); 0 for an actor outside the issue.
    /// </summary>
    public double Sensitivity(LayerCast cast, int observer, int actor, int issue)
    {
        // A unilateral issue moves only with its decider (§3).
        if (cast.Decider[issue] >= 0)
        {
            return cast.Decider[issue] == actor ? 1.0 : 0.0;
        }
        if (!cast.Takes[actor, issue])
        {
            return 0.0;
        }
        var total = 0.0;
        foreach (var k in cast.Members[issue])
        {
            total += cast.Capability[k, issue] * Perceived(observer, k, issue);
        }
        return total > 0 ? cast.Capability[actor, issue] * Perceived(observer, actor, issue) / total : 0.0;
    }

    /// <summary>P^h that i prevails over j on d (BdM, from h's perspective; third parties vote).</summary>
    public double WinProbability(LayerCast cast, int observer, int i, int j, int issue)
    {
        var members = cast.Members[issue];
        var x = new double[members.Length];
        var c = new double[members.Length];
        var s = new double[members.Length];
        for (var k = 0; k < members.Length; k++)
        {
            x[k] = Positions[members[k], issue];
            c[k] = cast.Capability[members[k], issue];
            s[k] = Perceived(observer, members[k], issue);
        }
        return Escalation.WinProbability.Bdm(Positions[i, issue], Positions[j, issue], x, c, s, cast.Range[issue]);
    }
}
