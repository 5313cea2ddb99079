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
        // A side with no resolve on an issue (salience 0, as in some coded data) has nothing to fight for there: the issue
        // is not in dispute for it and carries none of its cost.
        var resolveInDispute = 0.0;
        foreach (var issue in issues)
        {
            if (Disputed(issue, thetaMove))
            {
                resolveInDispute += issue.Resolve;
            }
        }
        var gains = new double?[issues.Count];
        for (var d = 0; d < issues.Count; d++)
        {
            var issue = issues[d];
            if (Disputed(issue, thetaMove))
            {
                // r/Σr first, so a single disputed issue carries exactly κ.
                gains[d] = issue.ContestValue - dyadCost * (issue.Resolve / resolveInDispute);
            }
        }
        return gains;
    }

    private static bool Disputed(IssueStake issue, double thetaMove) => issue.InDispute(thetaMove) && issue.Resolve > 0;
}
