using Entente.Reports.Charts;

namespace Entente.Reports;

/// <summary>Renders every chart a report needs, in the order the report shows them.</summary>
internal static class ReportBuilder
{
    /// <summary>The charts for <paramref name="data"/>: per issue the trajectory, the forecast distribution, the tornado and the dyad map; then exchange gains.</summary>
    public static IReadOnlyList<(string IssueId, Chart Chart)> Charts(ReportData data)
    {
        var scenario = data.Forecast.Scenario;
        var charts = new List<(string, Chart)>();
        for (var i = 0; i < data.Forecast.Result.Issues.Count; i++)
        {
            var forecast = data.Forecast.Result.Issues[i];
            var issue = scenario.FindIssue(forecast.IssueId)!;
            var stem = $"issue{i + 1:D2}";
            charts.Add((issue.Id, TrajectoryChart.Render(issue, forecast, $"{stem}-trajectory")));
            if (data.Sweep?.Issues.FirstOrDefault(d => d.IssueId == issue.Id) is { } distribution)
            {
                charts.Add((issue.Id, DistributionChart.Render(issue, distribution, data.Sweep.Plan.Trials, $"{stem}-distribution")));
            }
            if (data.Sensitivity?.Issues.FirstOrDefault(s => s.IssueId == issue.Id) is { } sensitivity && sensitivity.Tornado.Any(b => b.Swing > 0))
            {
                charts.Add((issue.Id, TornadoChart.Render(issue, sensitivity, $"{stem}-tornado")));
            }
            if (forecast.Rounds.Count > 1 && DyadMapChart.Render(issue.Name, forecast.Rounds[1], $"{stem}-dyads") is { } dyads)
            {
                charts.Add((issue.Id, dyads));
            }
        }
        if (ExchangeGainsChart.Render(data.Forecast.Result.Rounds, "exchange-gains") is { } gains)
        {
            charts.Add(("", gains));
        }
        return charts;
    }
}
