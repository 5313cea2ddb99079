using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Entente.Application;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Entente.Web;

/// <summary>
/// <c>entente bench web</c>: the web app on a free loopback port, the same forecast asked of it over HTTP and of the
/// application layer in process (read the text, forecast), one at a time, after a warm-up of each.
/// </summary>
public static class WebBench
{
    private const int WarmUp = 20;

    /// <summary>Times <paramref name="requests"/> forecasts of <paramref name="text"/> each way; runs are not saved.</summary>
    public static async Task<WebBenchResult> MeasureAsync(string text, string name, int requests, string store, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        var settings = new WebSettings { Port = 0, Bind = IPAddress.Loopback, Store = store, RatePermits = int.MaxValue, RateWindow = TimeSpan.FromSeconds(1) };
        await using var app = EntenteWebHost.Build(settings);
        await app.StartAsync(cancellation);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var documents = app.Services.GetRequiredService<DocumentService>();
        var forecasts = app.Services.GetRequiredService<ForecastService>();
        async Task<string> InProcess()
        {
            var load = await documents.RunAsync(new ScenarioRequest { Text = text, Name = name }, null, cancellation);
            var document = load.Document ?? throw new RequestException(load.Diagnostics);
            return (await forecasts.RunAsync(new ForecastRequest { Scenario = document }, null, cancellation)).Json;
        }
        async Task<string> OverHttp()
        {
            using var response = await client.PostAsJsonAsync("/api/forecast", new { scenario = text, name }, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {body}");
        }

        var expected = await InProcess();
        var identical = true;
        for (var i = 0; i < WarmUp; i++)
        {
            await InProcess();
            identical &= await OverHttp() == expected;
        }
        var local = await Time(InProcess, requests, _ => { });
        var http = await Time(OverHttp, requests, body => identical &= body == expected);
        await app.StopAsync(cancellation);
        var scenario = (await documents.RunAsync(new ScenarioRequest { Text = text, Name = name }, null, cancellation)).Document?.Scenario.Name ?? name;
        return new WebBenchResult(scenario, requests, http, local, identical);
    }

    private static async Task<IReadOnlyList<TimeSpan>> Time(Func<Task<string>> request, int count, Action<string> check)
    {
        var latencies = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await request();
            latencies.Add(Stopwatch.GetElapsedTime(start));
            check(body);
        }
        latencies.Sort();
        return latencies;
    }
}
