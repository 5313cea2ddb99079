using Entente.Cluster.Tests.Infrastructure;
using Entente.Storage.Tests.Infrastructure;
using Entente.Simulation.Tests.Execution;

namespace Entente.Cluster.Tests;

/// <summary><c>entente sweep --cluster</c> as a user runs it.</summary>
public sealed class SweepCommandOnClusterTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(100);
    private readonly string _scenario = Path.Combine(Path.GetTempPath(), $"entente-cluster-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_scenario);

    [Fact]
    public async Task A_cluster_address_that_is_not_host_and_port_is_refused_by_name()
    {
        File.WriteAllText(_scenario, TrialExecutorContract.ScenarioYaml);

        var result = await EntenteProcess.RunAsync(Bound, "sweep", _scenario, "--cluster", "nowhere");

        Assert.Equal(2, result.Code);
        Assert.Contains("cluster", result.Error);
        Assert.Contains("HOST:PORT", result.Error);
    }

    [PostgresFact]
    public async Task A_sweep_whose_client_was_killed_re_attaches_by_its_job_id_and_prints_the_local_numbers()
    {
        File.WriteAllText(_scenario, TrialExecutorContract.ScenarioYaml);
        var clusterId = "attach-" + Guid.NewGuid().ToString("N")[..12];
        var jobId = "attach-test-" + Guid.NewGuid().ToString("N");
        using var silo = SiloProcess.Start(clusterId, PostgresMembership.RequireUrl());
        await silo.ReadyAsync(TimeSpan.FromSeconds(90));
        string[] sweep = ["sweep", _scenario, "-n", "20000", "--seed", "7", "--format", "json"];
        string[] onCluster = [.. sweep, "--cluster", $"127.0.0.1:{silo.GatewayPort}", "--cluster-id", clusterId, "--job", jobId, "--range-size", "50"];
        var local = await EntenteProcess.RunAsync(Bound, sweep);
        Assert.Equal(0, local.Code);

        // The client goes (SIGKILL: no goodbye) once the cluster has recorded some of its ranges.
        using (var client = System.Diagnostics.Process.Start(EntenteProcess.StartInfo(onCluster))!)
        {
            await using var watch = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{silo.GatewayPort}", clusterId, jobId, CancellationToken.None);
            using var bound = new CancellationTokenSource(Bound);
            while ((await watch.DoneAsync()).Length == 0 && !client.HasExited)
            {
                await Task.Delay(50, bound.Token);
            }
            Assert.False(client.HasExited, "the client ended before it could be stopped");
            client.Kill(entireProcessTree: true);
            await client.WaitForExitAsync(bound.Token);
        }

        var again = await EntenteProcess.RunAsync(Bound, onCluster);

        Assert.Equal(0, again.Code);
        Assert.Contains($"re-attached to cluster job '{jobId}'", again.Error, StringComparison.Ordinal);
        Assert.Equal(IssuesOf(local.Out), IssuesOf(again.Out));
        // The job's records go with the test.
        await using var tidy = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{silo.GatewayPort}", clusterId, jobId, CancellationToken.None);
        await tidy.CancelAsync();
    }

    // The distributions, without the timing fields that differ from run to run.
    private static string IssuesOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("issues").GetRawText();
    }
}
