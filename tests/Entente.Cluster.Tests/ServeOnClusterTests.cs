using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Application;
using Entente.Cluster.Tests.Infrastructure;
using Entente.Formats;
using Entente.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cluster.Tests;

/// <summary>
/// <c>entente serve --cluster</c>: the server's sweeps and sensitivity analyses run on the cluster (three silos in this
/// process) and answer with the documents a server without one gives.
/// </summary>
public sealed class ServeOnClusterTests(TestClusterFixture fixture) : IClassFixture<TestClusterFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-serve-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_server_on_a_cluster_answers_sweeps_and_sensitivity_with_the_local_numbers()
    {
        var settings = new WebSettings
        {
            Port = 0, Bind = IPAddress.Loopback, Store = Path.Combine(_folder, "runs.db"),
            Cluster = new ClusterTarget { Address = fixture.Gateway, ClusterId = fixture.ClusterId },
        };
        var connector = new CountingConnector(new FixtureConnector(fixture));
        await using var app = EntenteWebHost.Build(settings, connector);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var text = await File.ReadAllTextAsync(Paths.Example("ec-cars-1994.yaml"));

        var started = await client.PostAsync("/api/sweeps", JsonContent.Create(new { scenario = text, model = "compromise", trials = 600, seed = 3 }));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var status = await WaitAsync(client, id!);
        var sweep = await client.GetStringAsync($"/api/sweeps/{id}/result");
        var sensitivity = await client.PostAsync("/api/sensitivity", JsonContent.Create(new { scenario = text, model = "eum", seed = 3 }));

        Assert.Equal("succeeded", status);
        Assert.Equal(HttpStatusCode.OK, sensitivity.StatusCode);
        Assert.Equal(2, connector.Connections); // the sweep's job and the analysis's job: both ran on the cluster
        using var local = FixtureConnector.Services(null);
        var document = ScenarioFiles.Parse(text, "ec-cars-1994.yaml");
        var expectedSweep = await local.GetRequiredService<SweepService>().RunAsync(new SweepRequest
        {
            Scenario = document, Model = new ModelChoice { Model = "compromise", Seed = 3 }, Trials = 600,
        });
        var expectedSensitivity = await local.GetRequiredService<SensitivityService>().RunAsync(new SensitivityRequest
        {
            Scenario = document, Model = new ModelChoice { Model = "eum", Seed = 3 },
        });
        Assert.Equal(Issues(expectedSweep.Json), Issues(sweep));
        Assert.Equal(Issues(expectedSensitivity.Json), Issues(await sensitivity.Content.ReadAsStringAsync()));
        await app.StopAsync();
    }

    private static async Task<string> WaitAsync(HttpClient client, string id)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(2);
        string status;
        do
        {
            await Task.Delay(50);
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/sweeps/{id}"));
            status = json.RootElement.GetProperty("status").GetString()!;
        }
        while (status is not ("succeeded" or "failed" or "cancelled") && DateTimeOffset.UtcNow < deadline);
        return status;
    }

    private static string Issues(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("issues").GetRawText();
    }

    private sealed class CountingConnector(IClusterConnector inner) : IClusterConnector
    {
        private int _connections;

        public int Connections => Volatile.Read(ref _connections);

        public Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation)
        {
            Interlocked.Increment(ref _connections);
            return inner.ConnectAsync(address, clusterId, jobId, cancellation);
        }
    }
}
