using System.Net;
using System.Text.Json;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>A server told to run sweeps on the GPU (<c>entente serve --device gpu</c>) gives the documents its cores give.</summary>
public sealed class GpuSweepTests : IDisposable
{
    private readonly WebApp _app = new WebApp().With("SweepDevice", "gpu");

    [Fact]
    public async Task A_sweep_on_a_GPU_server_is_the_cores_document()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/sweeps", Api.Json(new { example = "ec-cars-1994", model = "eum", trials = 200, seed = 3 }));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = started.RootElement.GetProperty("id").GetString();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(2);
        string status, warnings;
        do
        {
            await Task.Delay(50);
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/sweeps/{id}"));
            status = json.RootElement.GetProperty("status").GetString()!;
            warnings = json.RootElement.TryGetProperty("warnings", out var said) ? said.GetRawText() : "";
        }
        while (status is not ("succeeded" or "failed" or "cancelled") && DateTimeOffset.UtcNow < deadline);
        var result = await client.GetStringAsync($"/api/sweeps/{id}/result");

        Assert.Equal("succeeded", status);
        Assert.Contains("CPU accelerator", warnings); // no GPU here: the kernels ran, on ILGPU's CPU accelerator
        using var services = Api.Services();
        var expected = await services.GetRequiredService<SweepService>().RunAsync(new SweepRequest
        {
            Scenario = await Api.LoadAsync(services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum", Seed = 3 },
            Trials = 200,
        });
        Assert.Equal(Issues(expected.Json), Issues(result));
    }

    private static string Issues(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("issues").GetRawText();
    }

    public void Dispose() => _app.Dispose();
}
