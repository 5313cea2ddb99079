using System.Net;
using System.Net.Http.Headers;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// With tokens required (as when bound to anything but loopback): no token or an unknown one is 401; readers read,
/// analysts also run, only admins delete; the reference stays open.
/// </summary>
public sealed class TokenTests : IDisposable
{
    private readonly WebApp _app = new WebApp().With("RequireTokens", true);
    private readonly ServiceProvider _services = Api.Services();

    private async Task<HttpClient> ClientAsync(string role)
    {
        var created = await _services.GetRequiredService<TokenService>().CreateAsync(new TokenRequest { Role = role, Store = _app.Store });
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);
        return client;
    }

    [Fact]
    public async Task Without_a_known_token_the_api_is_401_and_the_reference_stays_open()
    {
        var anonymous = _app.CreateClient();
        var forged = _app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ent_" + new string('A', 43));

        var none = await anonymous.GetAsync("/api/models");
        var wrong = await forged.GetAsync("/api/models");

        Assert.Equal(401, (await Problem.ReadAsync(none)).Status);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Content-Security-Policy", none.Headers.Select(h => h.Key));
        Assert.Equal(401, (await Problem.ReadAsync(wrong)).Status);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task A_reader_reads_and_validates_but_cannot_run()
    {
        var reader = await ClientAsync("reader");

        var models = await reader.GetAsync("/api/models");
        var validate = await reader.PostAsync("/api/validate", Api.Json(new { example = "ec-cars-1994" }));
        var forecast = await reader.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994" }));
        var sweep = await reader.PostAsync("/api/sweeps", Api.Json(new { example = "ec-cars-1994", trials = 10 }));

        Assert.Equal(HttpStatusCode.OK, models.StatusCode);
        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
        var refused = await Problem.ReadAsync(forecast);
        Assert.Equal(403, refused.Status);
        Assert.Contains("a reader token cannot run models", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, sweep.StatusCode);
    }

    [Fact]
    public async Task An_analyst_runs_and_saves_but_only_an_admin_deletes()
    {
        var analyst = await ClientAsync("analyst");
        var admin = await ClientAsync("admin");

        var forecast = await analyst.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994", save = true }));
        var id = forecast.Headers.GetValues("Entente-Run-Id").Single();
        var byAnalyst = await analyst.DeleteAsync($"/api/runs/{id}");
        var byAdmin = await admin.DeleteAsync($"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.OK, forecast.StatusCode);
        Assert.Equal(403, (await Problem.ReadAsync(byAnalyst)).Status);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/runs/{id}")).StatusCode);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}
