using System.Net;
using System.Text.Json;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>POST /api/advise answers the advice service's document, and a bad field as problem details naming it.</summary>
public sealed class AdviceEndpointTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    [Fact]
    public async Task Advice_on_a_bundled_example_is_the_services_document()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/advise",
            Api.Json(new { example = "korea-2010-yeonpyeong", actor = "US", levers = new[] { "channel" }, trials = 20 }));

        var expected = await _services.GetRequiredService<AdviceService>().RunAsync(new AdviceRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("korea-2010-yeonpyeong"), "examples/korea-2010-yeonpyeong.yaml"),
            Actor = "US",
            Levers = ["channel"],
            Trials = 20,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pairs_and_input_noise_in_the_body_reach_the_service()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/advise",
            Api.Json(new { example = "korea-2010-yeonpyeong", actor = "CN", levers = new[] { "channel", "salience" }, trials = 20, pairs = 3, noise = new { salience = 0.05 } }));

        var expected = await _services.GetRequiredService<AdviceService>().RunAsync(new AdviceRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("korea-2010-yeonpyeong"), "examples/korea-2010-yeonpyeong.yaml"),
            Actor = "CN",
            Levers = ["channel", "salience"],
            Trials = 20,
            Pairs = 3,
            Noise = new Simulation.MonteCarlo.NoiseSettings { Salience = 0.05 },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
        using var document = JsonDocument.Parse(expected.Json);
        Assert.Equal(0.05, document.RootElement.GetProperty("noise").GetProperty("salience").GetDouble());
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("pairs").ValueKind);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_400_naming_the_field()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/advise", Api.Json(new { example = "korea-2010-yeonpyeong", actor = "XX", trials = 20 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("actor", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}
