using Entente.Application;
using Entente.Formats;
using Entente.Simulation.Execution;
using Entente.Cluster.Tests.Infrastructure;
using Entente.Simulation.Sensitivity;

namespace Entente.Cluster.Tests.Client;

/// <summary>
/// The server's connector: one client per cluster, kept from job to job, giving executors that run on the cluster
/// as a command's own connector does; a cluster that does not answer fails the job, not the connector.
/// </summary>
public sealed class SharedClusterConnectorTests(TestClusterFixture fixture) : IClassFixture<TestClusterFixture>
{
    [Fact]
    public async Task Jobs_one_after_another_share_one_client_and_run_on_the_cluster()
    {
        await using var connector = new SharedClusterConnector();
        var document = ScenarioFiles.Load(Paths.Example("ec-cars-1994.yaml"));
        var work = SensitivityAnalysis.Pieces(document.Scenario, "compromise", [], new SensitivitySettings(), seed: 5);
        var s = new SensitivitySettings();
        static string Text(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var job = new PieceJob
        {
            Kind = PieceJobs.SensitivityKind, Source = new ScenarioText(document.Text, document.File), Work = work,
            Arguments = ["compromise", "", "5", Text(s.PositionStep), Text(s.SalienceStep), Text(s.CapabilityFactor), Text(s.PivotalShare)],
        };
        var expected = Enumerable.Range(0, work.Count).Select(i => work.Run(i, CancellationToken.None)).ToArray();

        var results = new List<double[][]>();
        foreach (var id in new[] { "shared-a-", "shared-b-" })
        {
            await using var executor = await connector.ConnectAsync(fixture.Gateway, fixture.ClusterId, id + Guid.NewGuid().ToString("N"), CancellationToken.None);
            results.Add(await new PieceRunner(executor, new ExecutionSettings { RangeSize = 1 }).RunAsync(job));
            Assert.Equal(work.Count, (await executor.DoneAsync()).Length);
            await executor.CancelAsync();
        }

        Assert.Equal(1, connector.Clients);
        Assert.All(results, r => Assert.Equal(Bits(expected), Bits(r)));
    }

    [Fact]
    public async Task A_cluster_that_does_not_answer_fails_the_job_by_name_and_keeps_no_client()
    {
        await using var connector = new SharedClusterConnector();

        var error = await Assert.ThrowsAsync<RequestException>(() => connector.ConnectAsync("127.0.0.1:1", null, "nobody", CancellationToken.None));

        Assert.StartsWith("no silo of cluster 'entente' answered at 127.0.0.1:1", error.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, connector.Clients);
    }

    [Fact]
    public async Task A_disposed_connector_refuses_new_jobs()
    {
        var connector = new SharedClusterConnector();
        await (await connector.ConnectAsync(fixture.Gateway, fixture.ClusterId, "disposed-" + Guid.NewGuid().ToString("N"), CancellationToken.None)).DisposeAsync();

        await connector.DisposeAsync();

        Assert.Equal(0, connector.Clients);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => connector.ConnectAsync(fixture.Gateway, fixture.ClusterId, "late", CancellationToken.None));
    }

    private static long[][] Bits(IEnumerable<double[]> pieces) => [.. pieces.Select(p => p.Select(BitConverter.DoubleToInt64Bits).ToArray())];
}
