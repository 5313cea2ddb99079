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
            WriteAtomically(png, chart.Png);
            var svg = Path.Combine(chartFolder, chart.Name + ".svg");
            WriteAtomically(svg, System.Text.Encoding.UTF8.GetBytes(chart.Svg));
            written.Add(png);
            written.Add(svg);
        }
        var html = Path.Combine(folder, "index.html");
        WriteAtomically(html, System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(data, charts)));
        var markdown = Path.Combine(folder, "report.md");
        WriteAtomically(markdown, System.Text.Encoding.UTF8.GetBytes(MarkdownReport.Render(data, charts)));
        written.Insert(0, markdown);
        written.Insert(0, html);
        return written;
    }

    // Through a temporary file in the same folder and a rename: a full disk or a crash leaves an earlier report's file
    // whole instead of cut short.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
