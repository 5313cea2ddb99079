namespace Entente.Models.Diplomacy;

/// <summary>
/// Agreement on an issue: the c·s-weighted mean absolute deviation of the final positions from their
/// weighted mean, as a share of Δ, is at most the threshold. A single run gives each issue 0 or 1; the
/// scenario's agreement probability is the share of issues agreed (in a sweep, averaged over trials).
/// </summary>
internal static class Agreement
{
    public static Dictionary<string, IssueAgreement> Of(EngineRun run)
    {
        var cast = run.Cast;
        var result = new Dictionary<string, IssueAgreement>(StringComparer.Ordinal);
        for (var d = 0; d < cast.Issues.Length; d++)
        {
            var participants = DiplomacyEngine.Participants(cast, run.Final, d);
            double total = 0, mean = 0;
            foreach (var p in participants)
            {
                total += p.Weight;
                mean += p.Weight * p.Position;
            }
            double spread = 0;
            if (total > 0 && cast.Delta[d] > 0)
            {
                mean /= total;
                spread = participants.Sum(p => p.Weight * Math.Abs(p.Position - mean)) / total / cast.Delta[d];
            }
            result[cast.Issues[d]] = new IssueAgreement(spread, spread <= cast.Settings.AgreementThreshold);
        }
        return result;
    }
}
