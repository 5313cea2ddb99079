using System.Net;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>Every refusal is RFC 9457 problem details; a scenario's problems are located exactly as the CLI prints them.</summary>
public sealed class ProblemTests : IDisposable
{
    private const string Broken = "name: broken\nactors:\n  - { id: a, name: A, capability: -1 }\nissues: []\n";

    private readonly WebApp _app = new();
    private readonly ServiceProvider _services = Api.Services();

    [Fact]
    public async Task A_scenario_with_errors_is_422_with_every_problem_as_the_cli_prints_it()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/forecast", Api.Json(new { scenario = Broken, name = "my-case.yaml" }));

        var problem = await Problem.ReadAsync(response);
        var load = await _services.GetRequiredService<DocumentService>().RunAsync(new ScenarioRequest { Text = Broken, Name = "my-case.yaml" });
        var errors = load.Diagnostics.Where(d => d.Severity == Domain.Validation.Severity.Error).ToList();
        Assert.Equal(422, problem.Status);
        Assert.True(errors.Count >= 2, "the broken scenario should have several errors");
        Assert.Equal(errors.Select(d => d.ToString()), problem.Errors.Select(e => e.Text));
        Assert.Equal(errors.Select(d => (d.File, d.Line, d.Column, d.Field)), problem.Errors.Select(e => ((string)e.File!, e.Line, e.Column, e.Field)));
        Assert.All(problem.Errors, e => Assert.StartsWith("my-case.yaml:", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_takes_any_format_as_the_raw_body_and_names_it()
    {
        var client = _app.CreateClient();
        const string table = "Actor,Capability,Position,Salience\nA,1,0,1\nB,2,100,0.5\n";

        var good = await client.PostAsync("/api/validate?name=table.csv", new StringContent(table, System.Text.Encoding.UTF8, "text/csv"));
        var bad = await client.PostAsync("/api/validate?name=case.yaml", new StringContent(Broken, System.Text.Encoding.UTF8, "application/yaml"));

        using var summary = System.Text.Json.JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("actor-table", summary.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, summary.RootElement.GetProperty("actors").GetInt32());
        Assert.Equal("table.csv", summary.RootElement.GetProperty("file").GetString());
        var problem = await Problem.ReadAsync(bad);
        Assert.Equal(422, problem.Status);
        Assert.Contains(problem.Errors, e => e is { Line: 3, Field: "capability" } && e.Text.StartsWith("case.yaml:3:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_fields_are_400_naming_every_one()
    {
        var client = _app.CreateClient();

        var unknown = await Problem.ReadAsync(await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","round":3,"modle":"eum","noise":{}}""")));
        var invalid = await Problem.ReadAsync(await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994", rounds = -1, trials = -2 })));
        var wrongType = await Problem.ReadAsync(await client.PostAsync("/api/forecast", Api.Json("""{"example":"ec-cars-1994","rounds":"many"}""")));

        Assert.Equal(400, unknown.Status);
        Assert.Equal(["round", "modle", "noise"], unknown.Errors.Select(e => e.Field));
        Assert.Equal(400, invalid.Status);
        Assert.Equal(["rounds", "trials"], invalid.Errors.Select(e => e.Field));
        Assert.Equal("rounds must be a positive whole number", invalid.Errors[0].Message);
        Assert.Equal("rounds", Assert.Single(wrongType.Errors).Field);
    }

    [Fact]
    public async Task An_unknown_model_is_400_on_the_model_field()
    {
        var client = _app.CreateClient();

        var problem = await Problem.ReadAsync(await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994", model = "eumm" })));

        Assert.Equal(400, problem.Status);
        Assert.Equal("model", Assert.Single(problem.Errors).Field);
        Assert.Contains("eumm", problem.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_and_a_wrong_method_are_problem_details()
    {
        var client = _app.CreateClient();

        var missing = await client.GetAsync("/api/nothing-here");
        var method = await client.PutAsync("/api/forecast", Api.Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = await Problem.ReadAsync(missing);
        Assert.Equal(404, notFound.Status);
        Assert.Equal("no such route: GET /api/nothing-here; see /openapi/v1.json", Assert.Single(notFound.Errors).Message);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.Equal("PUT is not allowed on /api/forecast", Assert.Single((await Problem.ReadAsync(method)).Errors).Message);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_and_an_empty_one_400()
    {
        var client = _app.CreateClient();

        var text = await client.PostAsync("/api/forecast", new StringContent("name: x", System.Text.Encoding.UTF8, "text/plain"));
        var empty = await client.PostAsync("/api/forecast", Api.Json(""));

        Assert.Equal(415, (await Problem.ReadAsync(text)).Status);
        Assert.Equal(400, (await Problem.ReadAsync(empty)).Status);
    }

    [Fact]
    public async Task A_defect_is_a_500_that_shows_no_exception_and_the_server_keeps_serving()
    {
        using var failing = new WebApp().WithServices(s => s.AddSingleton<TimeProvider>(new BrokenClock()));
        var client = failing.CreateClient();

        var response = await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994" }));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain(BrokenClock.Secret, problem.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", problem.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", problem.Raw, StringComparison.Ordinal);
        Assert.Contains("trace id", problem.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/models")).StatusCode);
    }

    /// <summary>A clock that fails when a run starts: a defect deep in the application layer.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public const string Secret = "clock exploded at /srv/secret/path";

        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException(Secret);
    }

    public void Dispose()
    {
        _app.Dispose();
        _services.Dispose();
    }
}
