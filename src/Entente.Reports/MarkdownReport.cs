using System.Text;
using Entente.Reports.Charts;

namespace Entente.Reports;

/// <summary>The report as Markdown for pasting into memos, with the charts as image links beside it.</summary>
internal static class MarkdownReport
{
    /// <summary>The Markdown text; charts are linked as <c>charts/NAME.png</c>.</summary>
    public static string Render(ReportData data, IReadOnlyList<(string IssueId, Chart Chart)> charts)
    {
        var scenario = data.Forecast.Scenario;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Cell(scenario.Name)).AppendLine();
        foreach (var line in ReportText.Header(data))
        {
            md.AppendLine(Text(line)).AppendLine();
        }
        md.Append("| Issue | Forecast | Weighted mean | Weighted median |").AppendLine(data.Sweep is null ? "" : " 90% of trials |");
        md.Append("|---|---:|---:|---:|").AppendLine(data.Sweep is null ? "" : "---:|");
        foreach (var issue in data.Forecast.Result.Issues)
        {
            md.Append("| ").Append(Cell(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId))
                .Append(" | **").Append(ReportText.Number(issue.Forecast)).Append("** | ")
                .Append(ReportText.Number(issue.WeightedMean)).Append(" | ").Append(ReportText.Number(issue.WeightedMedian)).Append(" |");
            md.AppendLine(data.Sweep is null ? "" : $" {ReportText.Band(data, issue.IssueId)} |");
        }
        md.AppendLine();
        if (data.Forecast.Result.Strategic is { } layer)
        {
            md.AppendLine("## Diplomacy").AppendLine();
            foreach (var round in layer.Rounds)
            {
                foreach (var signal in round.Signals)
                {
                    foreach (var o in signal.Observers)
                    {
                        md.Append("- Round ").Append(round.Round.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(", ").Append(Text(signal.Id))
                            .Append(" (").Append(Text(signal.Channel)).Append("): ").Append(Text(o.Observer)).Append(" finds it ").Append(ReportText.Number(o.Credibility))
                            .Append(" credible; ").Append(Text(o.Dimension)).Append(' ').Append(ReportText.Number(o.PriorMean)).Append(" → ")
                            .AppendLine(ReportText.Number(o.PosteriorMean));
                    }
                }
            }
            md.AppendLine().AppendLine("### Narrative").AppendLine();
            foreach (var line in layer.Narrative)
            {
                md.Append("- ").AppendLine(Text(line));
            }
            md.AppendLine();
        }
        if (data.Advice is { } advice)
        {
            AdviceSection.Markdown(md, advice);
        }
        foreach (var issue in data.Forecast.Result.Issues)
        {
            md.Append("## ").AppendLine(Cell(scenario.FindIssue(issue.IssueId)?.Name ?? issue.IssueId)).AppendLine();
            foreach (var sentence in issue.Explanation)
            {
                md.Append("- ").AppendLine(Text(sentence));
            }
            if (issue.Explanation.Count > 0)
            {
                md.AppendLine();
            }
            if (data.Sensitivity?.Issues.FirstOrDefault(s => s.IssueId == issue.IssueId) is { } sensitivity)
            {
                md.AppendLine(Text(ReportText.Pivotal(sensitivity))).AppendLine();
            }
            foreach (var (_, chart) in charts.Where(c => c.IssueId == issue.IssueId))
            {
                md.Append("![").Append(Text(chart.Caption)).Append("](charts/").Append(Uri.EscapeDataString(chart.Name)).AppendLine(".png)").AppendLine();
            }
        }
        foreach (var (_, chart) in charts.Where(c => c.IssueId.Length == 0))
        {
            md.Append("![").Append(Text(chart.Caption)).Append("](charts/").Append(Uri.EscapeDataString(chart.Name)).AppendLine(".png)").AppendLine();
        }
        return md.ToString();
    }

    private static string Cell(string text) => Text(text);

    /// <summary>
    /// Text from the scenario or the run, made inert: HTML's characters become entities (a name holding
    /// <c>&lt;script&gt;</c> stays text wherever the Markdown is rendered), and Markdown's own syntax (links, images,
    /// emphasis, code, table cells) is escaped, so a name like <c>x](http://evil.example/t.png) [y</c> cannot
    /// open a link or load an image. Line breaks become spaces: a name never starts a block of its own.
    /// </summary>
    internal static string Text(string text)
    {
        var md = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    md.Append("&lt;");
                    break;
                case '>':
                    md.Append("&gt;");
                    break;
                case '&':
                    md.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '|' or '#' or '~':
                    md.Append('\\').Append(c);
                    break;
                default:
                    md.Append(c);
                    break;
            }
        }
        return md.ToString();
    }
}
