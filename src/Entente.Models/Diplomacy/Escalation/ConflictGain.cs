namespace Entente.Models.Diplomacy.Escalation;

/// <summary>
/// A side's gain from escalating each disputed issue of a dyad over settling it (specification §10 as
/// amended by A1). Escalation is judged per issue so that two issues each side cares about differently
/// cannot add up to a conflict both want under complete information; the dyad's cost is shared among the
/// disputed issues by the side's resolve on them.
/// </summary>
public static class ConflictGain
{
    /// <summary>θ_move, the share of an issue's range below which two positions count as agreed.</summary>
    public const double DefaultThetaMove = 0.02;

    /// <summary>
    /// gain_id = contest value − κ·(r_id / Σ_{d′ disputed} r_id′) for every disputed issue; null for an
    /// issue not in dispute.
    /// </summary>
    /// <param name="issues">The side's stake on each issue of the dyad, in scenario order.</param>
    /// <param name="dyadCost">κ_ij,i, the side's cost of a conflict with the other (default κ_i).</param>
    /// <param name="thetaMove">θ_move.</param>
    public static double?[] PerIssue(IReadOnlyList<IssueStake> issues, double dyadCost, double thetaMove = DefaultThetaMove)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var stakes = issues.ToArray();
        var gains = new double[stakes.Length];
        var disputed = new bool[stakes.Length];
        PerIssueInto(stakes, dyadCost, thetaMove, gains, disputed);
        var result = new double?[stakes.Length];
        for (var d = 0; d < stakes.Length; d++)
        {
            result[d] = disputed[d] ? gains[d] : null;
        }
        return result;
    }

    /// <summary>
    /// <see cref="PerIssue(IReadOnlyList{IssueStake}, double, double)"/> into the caller's buffers, without allocating
    /// (the escalation watch judges every dyad every round): <paramref name="disputed"/>[d] false where the gain is null.
    /// </summary>
    internal static void PerIssueInto(ReadOnlySpan<IssueStake> issues, double dyadCost, double thetaMove, Span<double> gains, Span<bool> disputed)
    {
        // A side with no resolve on an issue (salience 0, as in some coded data) has nothing to fight for there: the issue
        // is not in dispute for it and carries none of its cost.
        var resolveInDispute = 0.0;
        for (var d = 0; d < issues.Length; d++)
        {
            disputed[d] = Disputed(issues[d], thetaMove);
            if (disputed[d])
            {
                resolveInDispute += issues[d].Resolve;
            }
        }
        for (var d = 0; d < issues.Length; d++)
        {
            // r/Σr first, so a single disputed issue carries exactly κ.
            gains[d] = disputed[d] ? issues[d].ContestValue - dyadCost * (issues[d].Resolve / resolveInDispute) : 0.0;
        }
    }

    private static bool Disputed(in IssueStake issue, double thetaMove) => issue.InDispute(thetaMove) && issue.Resolve > 0;
}
