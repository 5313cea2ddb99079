using System.Net;
using System.Text.Json;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>Sweeps as jobs: progress by polling and by server-sent events, the result document, cancellation, a bounded queue.</summary>
public sealed class SweepTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly WebApp _app = new WebApp().With("SweepWorkers", 1).With("SweepQueue", 1);

    private static async Task<JsonElement> StatusAsync(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/sweeps/{id}"));
        return json.RootElement.Clone();
    }

    private static async Task<(HttpResponseMessage Response, string? Id)> StartAsync(HttpClient client, long trials)
    {
        var response = await client.PostAsync("/api/sweeps", Api.Json(new { example = "ec-cars-1994", trials, seed = 3, noise = new { position = 0.05, salience = 0.1 } }));
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            return (response, null);
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, json.RootElement.GetProperty("id").GetString());
    }

    private static async Task<JsonElement> FinishedAsync(HttpClient client, string id)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var status = await StatusAsync(client, id);
            if (status.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled" || DateTimeOffset.UtcNow > deadline)
            {
                return status;
            }
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_sweep_runs_as_a_job_and_its_result_is_the_services_document()
    {
        var client = _app.CreateClient();

        var (response, id) = await StartAsync(client, 2000);
        var status = await FinishedAsync(client, id!);
        var result = await client.GetStringAsync($"/api/sweeps/{id}/result");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/sweeps/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        Assert.Equal(2000, status.GetProperty("done").GetInt64());
        using var services = Api.Services();
        var expected = await services.GetRequiredService<SweepService>().RunAsync(new SweepRequest
        {
            Scenario = await Api.LoadAsync(services, Api.ExampleText("ec-cars-1994"), "examples/ec-cars-1994.yaml"),
            Model = new ModelChoice { Seed = 3 },
            Trials = 2000,
            Noise = new Simulation.MonteCarlo.NoiseSettings { Position = 0.05, Salience = 0.1 },
        });
        // The documents differ only in how long each run took.
        Assert.Equal(WithoutElapsed(expected.Json), WithoutElapsed(result));
        Assert.NotEqual(WithoutElapsed(result), result);
    }

    private static string WithoutElapsed(string json) =>
        string.Join("\n", json.Split('\n').Where(l => !l.TrimStart().StartsWith("\"elapsedSeconds\"", StringComparison.Ordinal)));

    [Fact]
    public async Task Its_progress_streams_as_server_sent_events_ending_with_the_final_status()
    {
        var client = _app.CreateClient();
        var (_, id) = await StartAsync(client, 3000);

        var stream = await client.GetStringAsync($"/api/sweeps/{id}/events");

        var events = stream.Split('\n').Where(l => l.StartsWith("event: ", StringComparison.Ordinal)).Select(l => l[7..]).ToList();
        Assert.Equal("succeeded", events[^1]);
        Assert.All(events[..^1], e => Assert.Equal("progress", e));
        var last = stream.Split('\n').Last(l => l.StartsWith("data: ", StringComparison.Ordinal));
        using var data = JsonDocument.Parse(last[6..]);
        Assert.Equal(3000, data.RootElement.GetProperty("done").GetInt64());
        Assert.Equal($"/api/sweeps/{id}/result", data.RootElement.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Delete_cancels_a_sweep_and_a_full_queue_answers_429_with_retry_after()
    {
        var client = _app.CreateClient();

        var (_, running) = await StartAsync(client, 1_000_000);
        var (_, waiting) = await StartAsync(client, 1_000_000);
        var (refused, none) = await StartAsync(client, 1000);

        Assert.NotNull(running);
        Assert.NotNull(waiting);
        Assert.Null(none);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(429, (await Problem.ReadAsync(refused)).Status);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter!.Delta);

        foreach (var id in new[] { waiting!, running! })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.DeleteAsync($"/api/sweeps/{id}")).StatusCode);
        }
        Assert.Equal("cancelled", (await FinishedAsync(client, running!)).GetProperty("status").GetString());
        Assert.Equal("cancelled", (await FinishedAsync(client, waiting!)).GetProperty("status").GetString());
        var noResult = await client.GetAsync($"/api/sweeps/{running}/result");
        Assert.Equal(HttpStatusCode.Conflict, noResult.StatusCode);
        // The queue has room again.
        var (again, _) = await StartAsync(client, 100);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task A_bad_sweep_is_refused_at_once_not_queued()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/api/sweeps", Api.Json(new { example = "ec-cars-1994", trials = 0, noise = new { position = -1 } }));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["position-noise", "trials"], problem.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/sweeps/no-such-job")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
