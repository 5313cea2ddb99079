using Entente.Application;
using Entente.Cluster.Tests.Infrastructure;
using Entente.Simulation.Execution;
using Entente.Simulation.Tests.Execution;

namespace Entente.Cluster.Tests;

/// <summary>A job on the cluster is shown and cancelled by its id, through the service the CLI's 'jobs' command calls.</summary>
public sealed class ClusterJobServiceTests(TestClusterFixture fixture) : IClassFixture<TestClusterFixture>
{
    [Fact]
    public async Task A_job_shows_its_recorded_ranges_and_a_cancel_drops_them()
    {
        var job = "jobs-" + Guid.NewGuid().ToString("N");
        var (plan, source) = TrialExecutorContract.SweepOf(400);
        await new TrialRunner(new ClusterTrialExecutor(fixture.Cluster.Client, job, 4), new ExecutionSettings { RangeSize = 50 }).RunAsync(plan, source);
        var service = new ClusterJobService(new FixtureConnector(fixture));

        var shown = await service.RunAsync(new ClusterJobRequest { Cluster = fixture.Gateway, ClusterId = fixture.ClusterId, Job = job });
        var cancelled = await service.RunAsync(new ClusterJobRequest { Cluster = fixture.Gateway, ClusterId = fixture.ClusterId, Job = job, Action = ClusterJobAction.Cancel });
        var after = await service.RunAsync(new ClusterJobRequest { Cluster = fixture.Gateway, ClusterId = fixture.ClusterId, Job = job });

        Assert.Equal(new ClusterJobOutcome(job, 8, false), shown);
        Assert.Equal(new ClusterJobOutcome(job, 8, true), cancelled);
        Assert.Equal(0, after.RangesDone);
    }

    [Fact]
    public async Task The_command_line_s_own_connector_reaches_the_in_process_silos_and_shows_and_cancels_a_job()
    {
        var job = "connector-" + Guid.NewGuid().ToString("N");
        var (plan, source) = TrialExecutorContract.SweepOf(200);
        await new TrialRunner(new ClusterTrialExecutor(fixture.Cluster.Client, job, 4), new ExecutionSettings { RangeSize = 50 }).RunAsync(plan, source);
        var service = new ClusterJobService(new OrleansClusterConnector());

        var shown = await service.RunAsync(new ClusterJobRequest { Cluster = fixture.Gateway, ClusterId = fixture.ClusterId, Job = job });
        var cancelled = await service.RunAsync(new ClusterJobRequest { Cluster = fixture.Gateway, ClusterId = fixture.ClusterId, Job = job, Action = ClusterJobAction.Cancel });

        Assert.Equal(new ClusterJobOutcome(job, 4, false), shown);
        Assert.Equal(new ClusterJobOutcome(job, 4, true), cancelled);
    }

    [Fact]
    public async Task An_address_where_no_silo_answers_is_a_problem_with_the_cluster_field_not_a_hang()
    {
        var service = new ClusterJobService(new OrleansClusterConnector());

        var refused = await Assert.ThrowsAsync<RequestException>(() => service.RunAsync(new ClusterJobRequest { Cluster = "127.0.0.1:1", Job = "nothing" }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("cluster", problem.Field);
        Assert.StartsWith("no silo of cluster 'entente' answered at 127.0.0.1:1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_without_a_job_or_with_a_bad_address_names_both_fields()
    {
        Assert.Equal(["cluster", "job"], new ClusterJobRequest { Cluster = "nowhere" }.Validate().Select(p => p.Field));
    }
}
