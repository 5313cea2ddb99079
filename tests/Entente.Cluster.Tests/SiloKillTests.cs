using Entente.Cluster.Tests.Infrastructure;
using Entente.Storage.Tests.Infrastructure;
using Entente.Simulation.Execution;
using Entente.Simulation.Tests.Execution;
using Entente.Application;
using Entente.Formats;
using Entente.Simulation.Sensitivity;
using Npgsql;

namespace Entente.Cluster.Tests;

/// <summary>
/// Real processes: three <c>entente silo</c>s on loopback that find each other through PostgreSQL, a sweep sent to
/// them, one silo killed with SIGKILL in the middle. Its ranges run again elsewhere and the numbers are the local
/// run's, bit for bit. Every process the test started is killed when it ends.
/// </summary>
public sealed class SiloKillTests
{
    private const long Trials = 3000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [PostgresFact]
    public async Task A_silo_killed_mid_sweep_changes_no_number()
    {
        using var bound = new CancellationTokenSource(Bound);
        var clusterId = "kill-" + Guid.NewGuid().ToString("N")[..12];
        var jobId = "kill-test-" + Guid.NewGuid().ToString("N");
        var membership = PostgresMembership.RequireUrl();
        var silos = new List<SiloProcess>();
        try
        {
            await StartThreeAsync(silos, clusterId, membership);

            var (plan, source) = TrialExecutorContract.SweepOf(Trials);
            var expected = TrialExecutorContract.ReferenceOf(Trials);
            await using var executor = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{silos[0].GatewayPort}", clusterId, jobId, bound.Token);
            var victim = silos[2];
            var killedAt = -1L;
            Task killing = Task.CompletedTask;
            var progress = new KillAt(Trials / 4, done =>
            {
                killedAt = done;
                killing = Task.Run(victim.Kill);
            });
            var settings = new ExecutionSettings { RangeSize = 25, Workers = 12, Attempts = 12, RetryDelay = TimeSpan.FromSeconds(1) };

            var result = await new TrialRunner(executor, settings).RunAsync(plan, source, progress, bound.Token);

            await killing;
            Assert.True(victim.HasExited, "the silo was not killed");
            Assert.InRange(killedAt, Trials / 4, Trials - 1);
            Assert.Equal(expected.Issues, result.Issues);
            Assert.False(silos[0].HasExited, silos[0].Output);
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
            await ForgetAsync(clusterId, jobId);
        }
    }

    [PostgresFact]
    public async Task A_silo_killed_mid_analysis_of_pieces_changes_no_number()
    {
        // Sensitivity, as `entente sensitivity --cluster` sends it: a piece per actor, each piece a dozen model runs.
        using var bound = new CancellationTokenSource(Bound);
        var clusterId = "kill-pieces-" + Guid.NewGuid().ToString("N")[..12];
        var jobId = "kill-pieces-test-" + Guid.NewGuid().ToString("N");
        var membership = PostgresMembership.RequireUrl();
        var document = ScenarioFiles.Load(Paths.Example("cop21-paris-2015.yaml"));
        var settings = new SensitivitySettings();
        var work = SensitivityAnalysis.Pieces(document.Scenario, "eum", [], settings, seed: 7);
        static string Text(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var job = new PieceJob
        {
            Kind = PieceJobs.SensitivityKind,
            Source = new ScenarioText(document.Text, document.File),
            Arguments = ["eum", "", "7", Text(settings.PositionStep), Text(settings.SalienceStep), Text(settings.CapabilityFactor), Text(settings.PivotalShare)],
            Work = work,
        };
        var expected = Enumerable.Range(0, work.Count).Select(i => work.Run(i, CancellationToken.None)).ToArray();
        var silos = new List<SiloProcess>();
        try
        {
            await StartThreeAsync(silos, clusterId, membership);
            await using var executor = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{silos[0].GatewayPort}", clusterId, jobId, bound.Token);
            var victim = silos[2];
            var killedAt = -1L;
            Task killing = Task.CompletedTask;
            var progress = new KillAt(work.Count / 4, done =>
            {
                killedAt = done;
                killing = Task.Run(victim.Kill);
            });
            var runner = new PieceRunner(executor, new ExecutionSettings { RangeSize = 1, Workers = 6, Attempts = 12, RetryDelay = TimeSpan.FromSeconds(1) });

            var pieces = await runner.RunAsync(job, progress, bound.Token);

            await killing;
            Assert.True(victim.HasExited, "the silo was not killed");
            Assert.InRange(killedAt, work.Count / 4, work.Count - 1);
            Assert.Equal(Bits(expected), Bits(pieces));
            Assert.False(silos[0].HasExited, silos[0].Output);
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
            await ForgetAsync(clusterId, jobId);
        }
    }

    private static long[][] Bits(IEnumerable<double[]> pieces) => [.. pieces.Select(p => p.Select(BitConverter.DoubleToInt64Bits).ToArray())];

    [PostgresFact]
    public async Task A_job_whose_silos_all_died_resumes_from_its_records_when_a_silo_returns()
    {
        using var bound = new CancellationTokenSource(Bound);
        var clusterId = "return-" + Guid.NewGuid().ToString("N")[..12];
        var jobId = "return-test-" + Guid.NewGuid().ToString("N");
        var membership = PostgresMembership.RequireUrl();
        var (plan, source) = TrialExecutorContract.SweepOf(Trials);
        var expected = TrialExecutorContract.ReferenceOf(Trials);
        var settings = new ExecutionSettings { RangeSize = 25, Workers = 4, Attempts = 12, RetryDelay = TimeSpan.FromSeconds(1) };
        long[] recorded;
        SiloProcess? first = null, second = null;
        try
        {
            // A silo runs part of the job; the client stops (as Ctrl+C does) and the silo dies with no goodbye.
            first = SiloProcess.Start(clusterId, membership);
            await first.ReadyAsync(TimeSpan.FromSeconds(90));
            await using (var executor = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{first.GatewayPort}", clusterId, jobId, bound.Token))
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(bound.Token);
                var progress = new KillAt(Trials / 3, _ => stop.Cancel());
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TrialRunner(executor, settings).RunAsync(plan, source, progress, stop.Token));
                recorded = await ((ClusterTrialExecutor)executor).DoneAsync();
                first.Kill();
            }
            Assert.NotEmpty(recorded);
            Assert.True(recorded.Length < Trials / 25, "the job was stopped before its end");

            // No silo is left. One starts again (after the dead silo's liveness entry has gone stale, as a restarted
            // machine's would be), and the same job id finds the ranges recorded before and runs the rest.
            await Task.Delay(TimeSpan.FromSeconds(25), bound.Token);
            second = SiloProcess.Start(clusterId, membership);
            await second.ReadyAsync(TimeSpan.FromSeconds(90));
            await using var resumed = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{second.GatewayPort}", clusterId, jobId, bound.Token);
            var known = await ((ClusterTrialExecutor)resumed).DoneAsync();
            Assert.Subset(known.ToHashSet(), recorded.ToHashSet());

            var result = await new TrialRunner(resumed, settings).RunAsync(plan, source, null, bound.Token);

            Assert.Equal(expected.Issues, result.Issues);
            Assert.Equal(Trials / 25, (await ((ClusterTrialExecutor)resumed).DoneAsync()).Length);
        }
        finally
        {
            first?.Dispose();
            second?.Dispose();
            await ForgetAsync(clusterId, jobId);
        }
    }

    // Three silos into silos (so that the caller stops them, whatever happens): the first creates the membership
    // tables, the others join once it is up.
    private static async Task StartThreeAsync(List<SiloProcess> silos, string clusterId, string membership)
    {
        silos.Add(SiloProcess.Start(clusterId, membership));
        await silos[0].ReadyAsync(TimeSpan.FromSeconds(90));
        silos.Add(SiloProcess.Start(clusterId, membership));
        silos.Add(SiloProcess.Start(clusterId, membership));
        await Task.WhenAll(silos.Skip(1).Select(s => s.ReadyAsync(TimeSpan.FromSeconds(90))));
    }

    // The test's rows go with it: its cluster's membership and its job's records.
    private static async Task ForgetAsync(string clusterId, string jobId)
    {
        await using var connection = new NpgsqlConnection(PostgresEnvironment.RequireConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "DELETE FROM entente_cluster_members WHERE cluster_id = @c; DELETE FROM entente_cluster_version WHERE cluster_id = @c; "
            + "DELETE FROM entente_grain_state WHERE grain_id LIKE @j", connection);
        command.Parameters.AddWithValue("c", clusterId);
        command.Parameters.AddWithValue("j", "%" + jobId + "%");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Calls <c>act</c> once, on the report that first reaches <c>threshold</c> trials.</summary>
    private sealed class KillAt(long threshold, Action<long> act) : IProgress<long>
    {
        private int _fired;

        public void Report(long value)
        {
            if (value >= threshold && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                act(value);
            }
        }
    }
}
