namespace Entente.Reports;

/// <summary>Writes a report folder: <c>index.html</c> (self-contained), <c>report.md</c>, and <c>charts/*.png</c> and <c>*.svg</c>.</summary>
public static class ReportWriter
{
    /// <summary>Renders and writes the report; returns the files written.</summary>
    public static IReadOnlyList<string> Write(ReportData data, string folder)
    {
        var charts = ReportBuilder.Charts(data);
        var chartFolder = Path.Combine(folder, "charts");
        Directory.CreateDirectory(chartFolder);
        var written = new List<string>();
        foreach (var (_, chart) in charts)
        {
            var png = Path.Combine(chartFolder, chart.Name + ".png");
            File.WriteAllBytes(png, chart.Png);
            var svg = Path.Combine(chartFolder, chart.Name + ".svg");
            File.WriteAllText(svg, chart.Svg);
            written.Add(png);
            written.Add(svg);
        }
        var html = Path.Combine(folder, "index.html");
        File.WriteAllText(html, HtmlReport.Render(data, charts));
        var markdown = Path.Combine(folder, "report.md");
        File.WriteAllText(markdown, MarkdownReport.Render(data, charts));
        written.Insert(0, markdown);
        written.Insert(0, html);
        return written;
    }
}
