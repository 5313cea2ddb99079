namespace Entente.Reports.Tests;

/// <summary>The Markdown report is pasted into memos and rendered by whatever reads it: nothing from a scenario may act as markup there.</summary>
public class MarkdownReportTests
{
    [Fact]
    public void Script_in_a_scenario_name_is_written_as_text()
    {
        var data = ReportFixture.Data("compromise", ReportFixture.Scenario("<script>alert(1)</script> & talks"));
        var md = MarkdownReport.Render(data, ReportBuilder.Charts(data));

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("# &lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; talks", md);
    }

    [Fact]
    public void A_markdown_link_in_an_issue_name_cannot_open_a_link_or_load_an_image()
    {
        var scenario = ReportFixture.Scenario();
        scenario = scenario with { Issues = [scenario.Issues[0] with { Name = "x](http://evil.example/t.png) [y" }] };
        var data = ReportFixture.Data("compromise", scenario);
        var md = MarkdownReport.Render(data, ReportBuilder.Charts(data));

        Assert.DoesNotContain("](http://evil", md, StringComparison.Ordinal);
        Assert.Contains("x\\]\\(http://evil.example/t.png\\) \\[y", md);
        // The report's own images still link to their charts.
        Assert.Contains("](charts/", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("plain 12.5, -3", "plain 12.5, -3")]
    public void Text_escapes_markup_and_leaves_plain_words_and_numbers_alone(string text, string expected)
    {
        Assert.Equal(expected, MarkdownReport.Text(text));
    }
}
