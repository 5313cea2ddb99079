namespace Entente.Models.Diplomacy.Escalation;

/// <summary>
/// The escalation rule (specification §10, amendment A1): a dyad escalates iff on some issue both sides
/// prefer a contest to the available settlement. With common beliefs the two win probabilities sum to one
/// and no issue escalates (Fearon's bargaining range); divergent beliefs — mutual optimism — make it possible.
/// </summary>
public static class DyadEscalation
{
    /// <summary>True iff some issue has gain_id &gt; 0 and gain_jd &gt; 0.</summary>
    /// <param name="gainsOfI">i's per-issue gains (<see cref="ConflictGain.PerIssue"/>), null where not disputed.</param>
    /// <param name="gainsOfJ">j's per-issue gains on the same issues.</param>
    public static bool Escalates(IReadOnlyList<double?> gainsOfI, IReadOnlyList<double?> gainsOfJ) =>
        EscalatingIssues(gainsOfI, gainsOfJ).Count > 0;

    /// <summary>The indices of the issues on which both sides' gains are positive, ascending.</summary>
    /// <param name="gainsOfI">i's per-issue gains, null where not disputed.</param>
    /// <param name="gainsOfJ">j's per-issue gains on the same issues.</param>
    public static IReadOnlyList<int> EscalatingIssues(IReadOnlyList<double?> gainsOfI, IReadOnlyList<double?> gainsOfJ)
    {
        ArgumentNullException.ThrowIfNull(gainsOfI);
        ArgumentNullException.ThrowIfNull(gainsOfJ);
        if (gainsOfI.Count != gainsOfJ.Count)
        {
            throw new ArgumentException("Both sides must judge the same issues.", nameof(gainsOfJ));
        }
        var issues = new List<int>();
        for (var d = 0; d < gainsOfI.Count; d++)
        {
            if (gainsOfI[d] > 0 && gainsOfJ[d] > 0)
            {
                issues.Add(d);
            }
        }
        return issues;
    }
}
