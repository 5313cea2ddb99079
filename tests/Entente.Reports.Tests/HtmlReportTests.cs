using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Reports.Tests;

public class HtmlReportTests
{
    [Fact]
    public void The_page_is_self_contained_and_fetches_nothing()
    {
        var data = ReportFixture.Data();
        var html = HtmlReport.Render(data, ReportBuilder.Charts(data));

        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, Regex.Matches(html, "src=\"data:image/png;base64,").Count);
    }

    [Fact]
    public void The_page_shows_the_forecast_the_band_and_the_narrative()
    {
        var data = ReportFixture.Data();
        var html = HtmlReport.Render(data, ReportBuilder.Charts(data));

        var forecast = data.Forecast.Result.Issues[0];
        Assert.Contains($"<b>{forecast.Forecast.ToString("0.##", CultureInfo.InvariantCulture)}</b>", html);
        var band = data.Sweep!.Issues[0].Forecast;
        Assert.Contains($"{band.P5.ToString("0.##", CultureInfo.InvariantCulture)}–{band.P95.ToString("0.##", CultureInfo.InvariantCulture)}", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(forecast.Explanation[0]), html);
        Assert.Contains("Invented for the tests.", html);
    }

    [Fact]
    public void Names_from_the_scenario_are_escaped()
    {
        var data = ReportFixture.Data("compromise", ReportFixture.Scenario("<script>alert(1)</script> & talks"));
        var html = HtmlReport.Render(data, ReportBuilder.Charts(data));

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; talks", html);
    }
}
