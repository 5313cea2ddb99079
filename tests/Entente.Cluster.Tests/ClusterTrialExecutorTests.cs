using Entente.Simulation.Execution;
using Entente.Simulation.Tests.Execution;

namespace Entente.Cluster.Tests;

/// <summary>The Orleans executor keeps the executor contract, on three silos in this process.</summary>
public sealed class ClusterTrialExecutorTests(TestClusterFixture fixture) : TrialExecutorContract, IClassFixture<TestClusterFixture>
{
    // Each executor is a new job, so every range really runs rather than coming back from an earlier test's record.
    protected override ITrialRangeExecutor CreateExecutor(int workers) =>
        new ClusterTrialExecutor(fixture.Cluster.Client, "contract-" + Guid.NewGuid().ToString("N"), workers);

    [Fact]
    public async Task A_sweep_s_ranges_run_on_range_grains_of_the_cluster()
    {
        var (plan, source) = Sweep();
        var executor = CreateExecutor(TestClusterFixture.Silos * 4);

        var result = await new TrialRunner(executor, new ExecutionSettings { RangeSize = 20 }).RunAsync(plan, source);

        Assert.Equal(Reference().Issues, result.Issues);
        var management = fixture.Cluster.Client.GetGrain<IManagementGrain>(0);
        var perSilo = await management.GetSimpleGrainStatistics();
        var silosWithRanges = perSilo.Where(s => s.GrainType.Contains(nameof(RangeGrain), StringComparison.Ordinal)).Select(s => s.SiloAddress).Distinct().Count();
        Assert.True(silosWithRanges >= 1, "no range grain ran");
    }

    [Fact]
    public async Task A_client_that_re_attaches_to_its_job_gets_the_done_ranges_back_without_running_them()
    {
        var (plan, source) = Sweep();
        var jobId = "reattach-" + Guid.NewGuid().ToString("N");
        var (job, _, _) = TrialRunner.Prepare(plan, source, CancellationToken.None);
        var first = new ClusterTrialExecutor(fixture.Cluster.Client, jobId, 4);
        var ranges = TrialRange.Cut(plan.Trials, 100);
        foreach (var range in ranges.Take(3))
        {
            await first.RunAsync(job, range, CancellationToken.None);
        }

        var again = new ClusterTrialExecutor(fixture.Cluster.Client, jobId, 4);
        var done = await again.DoneAsync();
        Assert.Equal(new long[] { 0, 100, 200 }, done);
        var merged = await new TrialRunner(again, new ExecutionSettings { RangeSize = 100 }).RunRangesAsync(job);

        Assert.Equal(plan.Trials, merged.Trials);
        Assert.Equal(ranges.Select(r => r.Start), await again.DoneAsync());
        Assert.Equal(Reference().Issues, TrialRunner.Result(job, "compromise", job.Centers, merged, TimeSpan.Zero).Issues);
    }

    [Fact]
    public async Task A_job_id_is_not_reused_for_another_sweep()
    {
        var jobId = "taken-" + Guid.NewGuid().ToString("N");
        var (plan, source) = Sweep();
        var (job, _, _) = TrialRunner.Prepare(plan, source, CancellationToken.None);
        var (other, _, _) = TrialRunner.Prepare(plan with { Seed = 99 }, source, CancellationToken.None);
        await new ClusterTrialExecutor(fixture.Cluster.Client, jobId, 1).RunAsync(job, new TrialRange(0, 10), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ClusterTrialExecutor(fixture.Cluster.Client, jobId, 1).RunAsync(other, new TrialRange(0, 10), CancellationToken.None));

        Assert.Contains("another sweep", error.Message);
    }

    [Fact]
    public async Task Cancelling_a_job_forgets_its_done_ranges()
    {
        var jobId = "cancel-" + Guid.NewGuid().ToString("N");
        var (plan, source) = Sweep();
        var (job, _, _) = TrialRunner.Prepare(plan, source, CancellationToken.None);
        var executor = new ClusterTrialExecutor(fixture.Cluster.Client, jobId, 1);
        await executor.RunAsync(job, new TrialRange(0, 10), CancellationToken.None);

        await executor.CancelAsync();

        Assert.Empty(await executor.DoneAsync());
    }
}
