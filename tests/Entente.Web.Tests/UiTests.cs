using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>The UI's pages as files: what the server sends before any browser runs them (the browser tests drive them).</summary>
public sealed class UiTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    [Fact]
    public async Task The_workspace_loads_only_script_files_this_app_serves_under_a_policy_without_inline_script()
    {
        var client = _app.CreateClient();
        var response = await client.GetAsync("/");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Matches("^<script src=\"[a-z_][^\":]*\">$", s));
        Assert.DoesNotContain("http", string.Concat(Regex.Matches(html, "(?:src|href)=\"[^\"]*\"").Select(m => m.Value)), StringComparison.Ordinal);
        foreach (var file in Regex.Matches(html, "(?:src|href)=\"([^\"]+\\.(?:js|css|svg))\"").Select(m => m.Groups[1].Value))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + file)).StatusCode);
        }
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("text/css", (await client.GetAsync("/ui.css")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_charts_and_editor_scripts_come_from_their_packages_served_here()
    {
        var client = _app.CreateClient();

        // Plotly (loaded by Plotly.Blazor), Monaco (BlazorMonaco) and MudBlazor: files of their NuGet packages, no CDN.
        string[] files =
        [
            "/_content/Plotly.Blazor/plotly-3.7.0.min.js", "/_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js",
            "/_content/MudBlazor/MudBlazor.min.js", "/_framework/blazor.web.js", "/ui/editor.js",
        ];
        foreach (var file in files)
        {
            var response = await client.GetAsync(file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
        }
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
