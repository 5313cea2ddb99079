using System.Globalization;
using System.Net;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Reports.Tests;

/// <summary>The report's advice section, on the fixture's case with the compromise model (exact levers, one run each).</summary>
public sealed class AdviceSectionTests
{
    private static ReportData WithAdvice(Domain.Scenario? scenario = null)
    {
        var data = ReportFixture.Data("compromise", scenario);
        var advice = LeverSearch.Run(new ForecastRequest { Scenario = data.Forecast.Scenario, Model = "compromise" }, new AdviceSettings { Actor = "south", Pairs = 3 });
        return data with { Advice = advice };
    }

    [Fact]
    public void The_page_shows_the_ranked_levers_their_words_the_exact_levers_and_the_caveat()
    {
        var data = WithAdvice();
        var html = HtmlReport.Render(data, ReportBuilder.Charts(data));
        var advice = data.Advice!;
        Assert.Contains("<h2>Advice for south</h2>", html);
        Assert.Contains(WebUtility.HtmlEncode(AdviceResult.Caveat), html);
        var first = advice.Levers[0];
        Assert.Contains($"<td>1</td><td>{WebUtility.HtmlEncode($"{LeverFamilies.NameOf(first.Kind)}: {first.Description}")}</td><td>+{first.Effect.Mean.ToString("0.##", CultureInfo.InvariantCulture)}</td>", html);
        Assert.Contains(WebUtility.HtmlEncode(first.Narrative), html);
        Assert.Contains("Exact levers", html);
        Assert.Contains(advice.Exact.Single(e => e.Actor == "south").Position.ToString("0.######", CultureInfo.InvariantCulture), html);
        Assert.NotEmpty(advice.Pairs);
        Assert.Contains(WebUtility.HtmlEncode(advice.Pairs[0].Description), html);
        Assert.True(first.Effect.Mean > 0, "the best lever helps");
    }

    [Fact]
    public void The_markdown_has_the_same_section_and_a_report_without_advice_has_none()
    {
        var data = WithAdvice();
        var md = MarkdownReport.Render(data, ReportBuilder.Charts(data));
        Assert.Contains("## Advice for south", md);
        Assert.Contains(MarkdownReport.Text(AdviceResult.Caveat), md);
        Assert.Contains(MarkdownReport.Text(data.Advice!.Levers[0].Narrative), md);
        var plain = ReportFixture.Data("compromise");
        Assert.DoesNotContain("Advice for", HtmlReport.Render(plain, ReportBuilder.Charts(plain)));
    }
}
