using System.Net;
using System.Text.Json;
using Entente.Web.Tests.Infrastructure;

namespace Entente.Web.Tests;

/// <summary>What every response carries, the OpenAPI document and its browsable reference, and rate limiting.</summary>
public sealed class ServingTests : IDisposable
{
    private readonly WebApp _app = new();

    [Theory]
    [InlineData("/api/models")]
    [InlineData("/api/nothing")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_has_a_policy_without_inline_script(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var json = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/api/models", "/api/models/{name}", "/api/examples", "/api/examples/{name}", "/api/validate", "/api/forecast",
            "/api/sensitivity", "/api/compare", "/api/backtest", "/api/report", "/api/sweeps", "/api/sweeps/{id}",
            "/api/sweeps/{id}/result", "/api/sweeps/{id}/events", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/export",
            "/api/runs/{id}/diff/{other}", "/api/runs/{id}/report",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
        Assert.Equal("Entente API", json.RootElement.GetProperty("info").GetProperty("title").GetString());
        var forecast = json.RootElement.GetProperty("paths").GetProperty("/api/forecast").GetProperty("post");
        Assert.True(forecast.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task The_reference_is_served_from_this_app_with_no_inline_script()
    {
        var client = _app.CreateClient();

        var page = await client.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();
        var viewer = await client.GetAsync("/scalar/scalar.js");
        var start = await client.GetStringAsync("/scalar/entente.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.Contains("src=\"/scalar/", s, StringComparison.Ordinal));
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        // The viewer itself comes from the Scalar.AspNetCore package, not a CDN.
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        Assert.True((await viewer.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
        Assert.Contains("withDefaultFonts: false", start, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_examples_are_offered_by_name()
    {
        var client = _app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/examples"));
        var text = await client.GetStringAsync("/api/examples/ec-cars-1994");

        Assert.Equal(Api.Examples, list.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(Api.ExampleText("ec-cars-1994"), text);
        var missing = await Problem.ReadAsync(await client.GetAsync("/api/examples/ec-cars-1995"));
        Assert.Contains("did you mean 'ec-cars-1994'", missing.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after()
    {
        using var limited = new WebApp().With("RatePermits", 3).With("RateWindowSeconds", 60);
        var client = limited.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetAsync("/api/models"));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.Equal(429, (await Problem.ReadAsync(answers[3])).Status);
        var wait = answers[3].Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    public void Dispose() => _app.Dispose();
}
