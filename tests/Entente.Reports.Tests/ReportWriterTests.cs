using System.Text.RegularExpressions;

namespace Entente.Reports.Tests;

public class ReportWriterTests
{
    [Fact]
    public void The_folder_holds_the_page_the_markdown_and_every_chart_the_markdown_links()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = ReportWriter.Write(ReportFixture.Data(), folder);

            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            var markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
            var links = Regex.Matches(markdown, @"\]\((charts/[^)]+\.png)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(4, links.Count);
            Assert.All(links, link => Assert.True(File.Exists(Path.Combine(folder, link)), link));
            Assert.Equal(2 + 2 * links.Count, written.Count);
            Assert.Contains("| Preconditions for talks | **", markdown);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
