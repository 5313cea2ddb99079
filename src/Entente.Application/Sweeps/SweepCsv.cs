using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>
/// A sweep as a flat table, one row per issue:
/// <c>issue,baseline,trials,mean,standardDeviation,min,p5,p25,median,p75,p95,max,quantiles</c>.
/// </summary>
internal static class SweepCsv
{
    public static string Write(SweepResult sweep)
    {
        var csv = new TableCsv("issue", "baseline", "trials", "mean", "standardDeviation", "min", "p5", "p25", "median", "p75", "p95", "max", "quantiles");
        foreach (var issue in sweep.Issues)
        {
            var d = issue.Forecast;
            csv.Row(issue.IssueId, issue.Baseline, d.Count, d.Mean, d.StandardDeviation, d.Min, d.P5, d.P25, d.Median, d.P75, d.P95, d.Max,
                d.Method == QuantileMethod.Exact ? "exact" : "histogram");
        }
        return csv.ToString();
    }
}
