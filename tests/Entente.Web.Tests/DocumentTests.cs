using System.Net;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// Each answer's body is the application layer's document for the same input, byte for byte: what
/// <c>entente … --format json</c> prints (without its final newline).
/// </summary>
public sealed class DocumentTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    public static TheoryData<string> Examples => [.. Api.Examples];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_forecast_of_a_bundled_example_is_the_services_document(string example)
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/forecast", Api.Json(new { example, trials = 0 }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Api.LoadAsync(_services, Api.ExampleText(example), $"examples/{example}.yaml");
        var expected = await _services.GetRequiredService<ForecastService>().RunAsync(new ForecastRequest { Scenario = document, Trials = 0 });
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_forecast_of_pasted_text_with_a_model_and_options_is_the_services_document_and_its_csv_too()
    {
        var client = _app.CreateClient();
        var text = Api.ExampleText("ec-cars-1994");
        var body = new { scenario = text, name = "cars.yaml", model = "nbs", options = new { utility = "quadratic" }, seed = 7 };

        var json = await client.PostAsync("/api/forecast", Api.Json(body));
        var csv = await client.PostAsync("/api/forecast?format=csv", Api.Json(body));

        var request = new ForecastRequest
        {
            Scenario = await Api.LoadAsync(_services, text, "cars.yaml"),
            Model = new ModelChoice { Model = "nbs", Options = [new Domain.ModelOption("utility", "quadratic")], Seed = 7 },
        };
        var expected = await _services.GetRequiredService<ForecastService>().RunAsync(request);
        Assert.Equal(expected.Json, await json.Content.ReadAsStringAsync());
        Assert.Contains("\"model\": \"nbs\"", expected.Json, StringComparison.Ordinal);
        Assert.Equal(expected.Csv, await csv.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_numeric_option_is_passed_as_its_text()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","model":"eum","options":{"maxRounds":3}}"""));

        var request = new ForecastRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum", Options = [new Domain.ModelOption("maxRounds", "3")] },
        };
        var expected = await _services.GetRequiredService<ForecastService>().RunAsync(request);
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
        Assert.Contains("\"maxRounds\": \"3\"", expected.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forecast_carries_the_dyads_of_the_round_its_body_names_and_none_by_default()
    {
        var client = _app.CreateClient();

        var plain = await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","model":"eum"}"""));
        var withDyads = await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","model":"eum","dyads":2}"""));
        var bad = await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","model":"eum","dyads":0}"""));

        var request = new ForecastRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "eum" },
            Dyads = Models.DyadSelection.Round(2),
        };
        var expected = await _services.GetRequiredService<ForecastService>().RunAsync(request);
        Assert.Equal(expected.Json, await withDyads.Content.ReadAsStringAsync());
        Assert.Contains("\"dyads\": [", expected.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"dyads\"", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Sensitivity_is_the_services_document()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/sensitivity", Api.Json(new { example = "ec-cars-1994", model = "median", positionStep = 0.2 }));

        var request = new SensitivityRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml"),
            Model = new ModelChoice { Model = "median" },
            Settings = new Simulation.Sensitivity.SensitivitySettings { PositionStep = 0.2 },
        };
        var expected = await _services.GetRequiredService<SensitivityService>().RunAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_comparison_is_the_services_document()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/compare",
            Api.Json(new { example = "korea-2010-yeonpyeong", trials = 20, attribution = 0, variants = new[] { "praise-in-private" } }));

        var request = new ComparisonRequest
        {
            Scenario = await Api.LoadAsync(_services, Api.ExampleText("korea-2010-yeonpyeong"), "examples/korea-2010-yeonpyeong.yaml"),
            Trials = 20,
            Attribution = 0,
            Variants = ["praise-in-private"],
        };
        var expected = await _services.GetRequiredService<ComparisonService>().RunAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_models_are_the_catalogs_in_its_order_with_their_options()
    {
        var client = _app.CreateClient();

        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/models"));

        var expected = await _services.GetRequiredService<ModelService>().RunAsync();
        var names = json.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(expected.Select(m => m.Name), names);
        var nbs = json.RootElement.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "nbs");
        Assert.Equal("linear", nbs.GetProperty("options")[0].GetProperty("default").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/models/no-such-model")).StatusCode);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}
