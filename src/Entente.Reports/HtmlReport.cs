using System.Net;
using System.Text;
using Entente.Reports.Charts;

namespace Entente.Reports;

/// <summary>
/// A single self-contained HTML page: styles inline and charts embedded as PNG data, so it opens
/// offline, can be mailed as one file, and fetches nothing from the network.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The page for <paramref name="data"/> with the already rendered <paramref name="charts"/>.</summary>
    public static string Render(ReportData data, IReadOnlyList<(string IssueId, Chart Chart)> charts)
    {
        var scenario = data.Forecast.Scenario;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(scenario.Name)).Append(" — Entente report</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}")
            .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
            .Append("td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}img{max-width:100%}")
            .Append("figcaption{color:#555;font-size:.9em}.narrative li{margin:.2em 0}</style></head><body>\n");
        html.Append("<h1>").Append(E(scenario.Name)).Append("</h1>\n");
        if (scenario.Description is { } description)
        {
            html.Append("<p>").Append(E(description)).Append("</p>\n");
        }
        foreach (var line in ReportText.Header(data))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        html.Append("<h2>Forecast</h2>\n<table><tr><th>Issue</th><th>Forecast</th><th>Weighted mean</th><th>Weighted median</th>")
            .Append(data.Sweep is null ? "" : "<th>90% of trials</th>").Append("</tr>\n");
        foreach (var issue in data.Forecast.Result.Issues)
        {
            html.Append("<tr><td>").Append(E(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId)).Append("</td><td><b>")
                .Append(ReportText.Number(issue.Forecast)).Append("</b></td><td>").Append(ReportText.Number(issue.WeightedMean))
                .Append("</td><td>").Append(ReportText.Number(issue.WeightedMedian)).Append("</td>");
            if (data.Sweep is not null)
            {
                html.Append("<td>").Append(E(ReportText.Band(data, issue.IssueId))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");

        if (data.Forecast.Result.Strategic is { } layer)
        {
            html.Append("<h2>Diplomacy</h2>\n");
            var readings = layer.Rounds.SelectMany(r => r.Signals.SelectMany(sg => sg.Observers.Select(o => (r.Round, Signal: sg, Reading: o)))).ToArray();
            if (readings.Length > 0)
            {
                html.Append("<table><tr><th>Round</th><th>Signal</th><th>Channel</th><th>Observer</th><th>Credibility</th><th>Belief</th><th>Before</th><th>After</th></tr>\n");
                foreach (var (round, signal, o) in readings)
                {
                    html.Append("<tr><td>").Append(round.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(signal.Id))
                        .Append("</td><td>").Append(E(signal.Channel)).Append("</td><td>").Append(E(o.Observer)).Append("</td><td>")
                        .Append(ReportText.Number(o.Credibility)).Append("</td><td>").Append(E(o.Dimension)).Append("</td><td>")
                        .Append(ReportText.Number(o.PriorMean)).Append("</td><td>").Append(ReportText.Number(o.PosteriorMean)).Append("</td></tr>\n");
                }
                html.Append("</table>\n");
            }
            html.Append("<h3>Narrative</h3>\n<ul class=\"narrative\">");
            foreach (var line in layer.Narrative)
            {
                html.Append("<li>").Append(E(line)).Append("</li>");
            }
            html.Append("</ul>\n");
        }

        if (data.Advice is { } advice)
        {
            AdviceSection.Html(html, advice);
        }

        foreach (var issue in data.Forecast.Result.Issues)
        {
            html.Append("<h2>").Append(E(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId)).Append("</h2>\n");
            if (issue.StoppingReason is { } reason)
            {
                html.Append("<p>Stopped: ").Append(E(reason)).Append(".</p>\n");
            }
            if (issue.Explanation.Count > 0)
            {
                html.Append("<ul class=\"narrative\">");
                foreach (var sentence in issue.Explanation)
                {
                    html.Append("<li>").Append(E(sentence)).Append("</li>");
                }
                html.Append("</ul>\n");
            }
            if (data.Sensitivity?.Issues.FirstOrDefault(s => s.IssueId == issue.IssueId) is { } sensitivity)
            {
                html.Append("<p>").Append(E(ReportText.Pivotal(sensitivity))).Append("</p>\n");
            }
            foreach (var (_, chart) in charts.Where(c => c.IssueId == issue.IssueId))
            {
                Figure(html, chart);
            }
        }
        foreach (var (_, chart) in charts.Where(c => c.IssueId.Length == 0))
        {
            Figure(html, chart);
        }
        if (scenario.Sources.Count > 0)
        {
            html.Append("<h2>Sources</h2>\n<ul>");
            foreach (var source in scenario.Sources)
            {
                html.Append("<li>").Append(E(source)).Append("</li>");
            }
            html.Append("</ul>\n");
        }
        html.Append("<p><small>Generated by Entente ").Append(E(Version())).Append(".</small></p>\n</body></html>\n");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, Chart chart) =>
        html.Append("<figure><img alt=\"").Append(E(chart.Caption)).Append("\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(chart.Png)).Append("\"><figcaption>").Append(E(chart.Caption)).Append("</figcaption></figure>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Version() =>
        typeof(HtmlReport).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
}
