using System.Net;
using System.Text.Json;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// Saved runs over HTTP on a real store, SQLite and PostgreSQL: save, list, show, diff, export, report, delete; each
/// document the run service's for the same store.
/// </summary>
public sealed class StoredRunTests
{
    [Fact]
    public Task On_sqlite() => Exercise(new WebApp());

    [PostgresFact]
    public async Task On_postgres()
    {
        using var schema = new Postgres();
        await Exercise(new WebApp().WithStore(schema.Store));
    }

    private static async Task Exercise(WebApp app)
    {
        using var _ = app;
        using var services = Api.Services();
        var runs = services.GetRequiredService<RunService>();
        var client = app.CreateClient();

        var first = await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994", model = "eum", save = true }));
        var second = await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994", model = "median", save = true }));
        var unsaved = await client.PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994" }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var id1 = long.Parse(first.Headers.GetValues("Entente-Run-Id").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var id2 = long.Parse(second.Headers.GetValues("Entente-Run-Id").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/api/runs/{id1}", first.Headers.Location!.OriginalString);
        Assert.NotEqual(id1, id2);
        Assert.False(unsaved.Headers.Contains("Entente-Run-Id"));

        var list = await client.GetStringAsync("/api/runs");
        var expectedList = await runs.RunAsync(new RunsRequest { Store = app.Store, Action = RunsAction.List });
        Assert.Equal(expectedList.Document, list);
        Assert.Equal(2, expectedList.Runs.Count);

        var shown = await client.GetStringAsync($"/api/runs/{id1}");
        var expectedShow = await runs.RunAsync(new RunsRequest { Store = app.Store, Action = RunsAction.Show, Id = id1 });
        Assert.Equal(expectedShow.Document, shown);
        Assert.Equal("eum", expectedShow.Run!.Model);

        var csv = await client.GetAsync($"/api/runs/{id1}/export?format=csv");
        var expectedCsv = await runs.RunAsync(new RunsRequest { Store = app.Store, Action = RunsAction.Export, Id = id1, Format = "csv" });
        Assert.Equal(expectedCsv.Document, await csv.Content.ReadAsStringAsync());
        Assert.Equal($"run-{id1}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);

        using (var diff = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id1}/diff/{id2}")))
        {
            Assert.Equal("eum", diff.RootElement.GetProperty("first").GetProperty("model").GetString());
            Assert.Equal("median", diff.RootElement.GetProperty("second").GetProperty("model").GetString());
        }

        var report = await client.GetAsync($"/api/runs/{id1}/report");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("EC emission standards", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/runs/{id1}")).StatusCode);
        var gone = await client.GetAsync($"/api/runs/{id1}");
        var problem = await Problem.ReadAsync(gone);
        Assert.Equal(404, problem.Status);
        Assert.Equal("id", Assert.Single(problem.Errors).Field);
        Assert.Equal(404, (await Problem.ReadAsync(await client.DeleteAsync($"/api/runs/{id1}"))).Status);
        var left = await runs.RunAsync(new RunsRequest { Store = app.Store, Action = RunsAction.List });
        Assert.Equal([id2], left.Runs.Select(r => r.Id));
    }
}
