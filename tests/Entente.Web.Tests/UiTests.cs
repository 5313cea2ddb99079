using System.Globalization;
using System.Net;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>The UI's first pages, rendered on the server: what they show, and that they carry no script.</summary>
public sealed class UiTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    [Fact]
    public async Task The_home_page_offers_every_example_and_model_with_no_script()
    {
        var response = await _app.CreateClient().GetAsync("/");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Api.Examples, e => Assert.Contains($"href=\"/forecast/{e}\"", html, StringComparison.Ordinal));
        Assert.All(await _services.GetRequiredService<ModelService>().RunAsync(), m => Assert.Contains($"<td>{m.Name}</td>", html, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/css", (await _app.CreateClient().GetAsync("/ui.css")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_examples_page_shows_the_services_forecast()
    {
        var html = await _app.CreateClient().GetStringAsync("/forecast/ec-cars-1994");

        var document = await Api.LoadAsync(_services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml");
        var outcome = await _services.GetRequiredService<ForecastService>().RunAsync(new ForecastRequest { Scenario = document, Trials = 0 });
        var issue = Assert.Single(outcome.Run.Result.Issues);
        Assert.Contains("<h1>EC emission standards for medium-sized cars</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"number\">{issue.Forecast.ToString("0.###", CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{outcome.Run.Model}</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_example_is_a_page_naming_the_problem()
    {
        var response = await _app.CreateClient().GetAsync("/forecast/no-such-case");

        // Still 200: Blazor renders no body for a 404 set by a page (its not-found page is the next step).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no bundled example &#x27;no-such-case&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}
