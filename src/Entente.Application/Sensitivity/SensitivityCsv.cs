using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>
/// Every tornado bar as a flat table, widest first within each issue:
/// <c>issue,baseline,actor,input,low,high,swing</c>. (The leave-one-out shifts are in the JSON.)
/// </summary>
internal static class SensitivityCsv
{
    public static string Write(SensitivityResult result)
    {
        var csv = new TableCsv("issue", "baseline", "actor", "input", "low", "high", "swing");
        foreach (var issue in result.Issues)
        {
            foreach (var bar in issue.Tornado)
            {
                csv.Row(issue.IssueId, issue.Baseline, bar.ActorId, bar.Field.ToString().ToLowerInvariant(), bar.Low, bar.High, bar.Swing);
            }
        }
        return csv.ToString();
    }
}
