using System.Net;
using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// Load, bounded in count and time, on loopback only: 200 clients at once forecasting the bundled examples over real
/// HTTP (Kestrel). No errors, and every answer is the in-process service's document for the same input. The time
/// bound only keeps a hung server from hanging the suite; it asserts nothing about speed.
/// </summary>
public sealed class LoadTests
{
    private const int Clients = 200;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Two_hundred_concurrent_forecasts_all_answer_the_services_document()
    {
        using var app = new WebApp().With("RatePermits", 10 * Clients);
        app.UseKestrel(0);
        app.StartServer();
        // A plain socket client on the server's address: the requests cross real TCP, not the in-memory test server.
        Uri address;
        using (var probe = app.CreateClient())
        {
            address = probe.BaseAddress!;
        }
        using var client = new HttpClient { BaseAddress = address, Timeout = Bound };
        Assert.True(client.BaseAddress!.IsLoopback, $"the load test must stay on loopback, not {client.BaseAddress}");
        Assert.NotEqual(80, client.BaseAddress.Port);

        var examples = Api.Examples;
        using var services = Api.Services();
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var document = await Api.LoadAsync(services, Api.ExampleText(example), $"examples/{example}.yaml");
            expected[example] = (await services.GetRequiredService<ForecastService>().RunAsync(new ForecastRequest { Scenario = document, Trials = 0 })).Json;
        }

        using var start = new SemaphoreSlim(0, Clients);
        var requests = Enumerable.Range(0, Clients).Select(async i =>
        {
            var example = examples[i % examples.Count];
            await start.WaitAsync();
            var response = await client.PostAsync("/api/forecast", Api.Json(new { example, trials = 0 }));
            return (example, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(Clients);
        var answers = await Task.WhenAll(requests).WaitAsync(Bound);

        Assert.Equal(Clients, answers.Length);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.Equal(expected[a.example], a.Body));
        Assert.Equal(examples.Count, answers.Select(a => a.example).Distinct().Count());
    }
}
