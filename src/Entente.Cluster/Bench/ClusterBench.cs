using System.Diagnostics;
using Entente.Application.Bench;
using Entente.Formats;
using Entente.Formats.Yaml;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;
using Microsoft.Extensions.Hosting;

namespace Entente.Cluster;

/// <summary>
/// <c>entente bench cluster</c>: trials per second of an EUM sweep of a generated issue here and on 1, 2, 3… silos
/// started in this process on loopback (development membership, records in memory), and the cost of one range
/// on a cluster, measured with ranges of one trial of a model that costs next to nothing.
/// </summary>
public static class ClusterBench
{
    /// <summary>The model timed.</summary>
    public const string Model = "eum";

    /// <summary>Runs the benchmark; <paramref name="log"/> hears what is being timed.</summary>
    public static async Task<ClusterBenchResult> MeasureAsync(
        int actors, long trials, long rangeSize, int maxSilos, IProgress<string>? log = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rangeSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSilos, 1);
        // The scenario travels as text, so it is parsed from its text here too: both sides see the same numbers.
        var text = YamlScenarioWriter.Write(SweepBench.Generated(actors, 1));
        var source = new ScenarioText(text, "generated.yaml");
        var plan = new SweepPlan
        {
            Scenario = ScenarioFiles.Parse(text, source.File).Scenario,
            Model = Model,
            Trials = trials,
            Seed = 1,
            Noise = NoiseSettings.Default,
        };
        var settings = new ExecutionSettings { RangeSize = rangeSize };

        log?.Report($"local: {trials} trials, ranges of {rangeSize}, {Environment.ProcessorCount} cores");
        await new TrialRunner(new LocalTrialExecutor(), settings).RunAsync(plan with { Trials = Math.Min(trials, 2 * rangeSize) }, source, null, cancellation).ConfigureAwait(false);
        var local = await new TrialRunner(new LocalTrialExecutor(), settings).RunAsync(plan, source, null, cancellation).ConfigureAwait(false);
        var singleThread = await new TrialRunner(new LocalTrialExecutor(1), settings).RunAsync(plan with { Trials = Math.Min(trials, 4 * rangeSize) }, source, null, cancellation).ConfigureAwait(false);

        var rows = new List<ClusterBenchRow>();
        var silos = new List<IHost>();
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        const int basePort = 22111, baseGateway = 32001;
        try
        {
            TimeSpan? perRange = null;
            for (var n = 1; n <= maxSilos; n++)
            {
                silos.Add(await EntenteSilo.StartAsync(new SiloSettings
                {
                    ClusterId = clusterId, SiloPort = basePort + n - 1, GatewayPort = baseGateway + n - 1, PrimarySiloPort = basePort,
                }, cancellation).ConfigureAwait(false));
                await using var executor = await new OrleansClusterConnector()
                    .ConnectAsync($"127.0.0.1:{baseGateway}", clusterId, $"bench-{clusterId}-{n}", cancellation).ConfigureAwait(false);
                log?.Report($"{n} silo(s): {trials} trials, {executor.Concurrency} ranges in flight");
                var clock = Stopwatch.StartNew();
                var result = await new TrialRunner(executor, settings).RunAsync(plan, source, null, cancellation).ConfigureAwait(false);
                clock.Stop();
                rows.Add(new ClusterBenchRow(n, trials / result.Elapsed.TotalSeconds, result.Issues.SequenceEqual(local.Issues)));
                if (n == 1)
                {
                    perRange = await PerRangeCostAsync(clusterId, baseGateway, cancellation).ConfigureAwait(false);
                }
            }
            return new ClusterBenchResult(actors, trials, rangeSize, Environment.ProcessorCount, singleThread.TrialsPerSecond, local.TrialsPerSecond, rows, perRange!.Value);
        }
        finally
        {
            foreach (var silo in Enumerable.Reverse(silos))
            {
                await silo.StopAsync(CancellationToken.None).ConfigureAwait(false);
                silo.Dispose();
            }
        }
    }

    // Ranges of one trial of the compromise model, one at a time: on a cluster and here; the difference per range is
    // what a range costs on the cluster (a grain call through the gateway, a record written, a block sent back).
    private static async Task<TimeSpan> PerRangeCostAsync(string clusterId, int gateway, CancellationToken cancellation)
    {
        const long ranges = 400;
        var text = YamlScenarioWriter.Write(SweepBench.Generated(5, 1));
        var source = new ScenarioText(text, "small.yaml");
        var plan = new SweepPlan { Scenario = ScenarioFiles.Parse(text, source.File).Scenario, Model = "compromise", Trials = ranges, Seed = 2, Noise = NoiseSettings.Default };
        var oneAtATime = new ExecutionSettings { RangeSize = 1, Workers = 1 };
        await using (var warm = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{gateway}", clusterId, $"warm-{clusterId}", cancellation).ConfigureAwait(false))
        {
            await new TrialRunner(warm, oneAtATime).RunAsync(plan with { Trials = 50, Seed = 3 }, source, null, cancellation).ConfigureAwait(false);
        }
        await using var executor = await new OrleansClusterConnector().ConnectAsync($"127.0.0.1:{gateway}", clusterId, $"overhead-{clusterId}", cancellation).ConfigureAwait(false);
        var onCluster = await new TrialRunner(executor, oneAtATime).RunAsync(plan, source, null, cancellation).ConfigureAwait(false);
        var here = await new TrialRunner(new LocalTrialExecutor(1), oneAtATime).RunAsync(plan, source, null, cancellation).ConfigureAwait(false);
        return (onCluster.Elapsed - here.Elapsed) / ranges;
    }
}

/// <summary>One cluster size's rate.</summary>
/// <param name="Silos">Silos in the cluster.</param>
/// <param name="TrialsPerSecond">Rate.</param>
/// <param name="Identical">Whether the numbers equal the local run's (they must).</param>
public sealed record ClusterBenchRow(int Silos, double TrialsPerSecond, bool Identical);

/// <summary>What <see cref="ClusterBench.MeasureAsync"/> found.</summary>
/// <param name="Actors">Actors of the generated issue.</param>
/// <param name="Trials">Trials per timed run.</param>
/// <param name="RangeSize">Trials per range.</param>
/// <param name="Cores">Cores of this machine.</param>
/// <param name="SingleThreadTrialsPerSecond">Rate on one thread here.</param>
/// <param name="LocalTrialsPerSecond">Rate on all cores here.</param>
/// <param name="Clusters">Rate per cluster size.</param>
/// <param name="PerRange">The cost of one range on a cluster beyond its trials.</param>
public sealed record ClusterBenchResult(
    int Actors, long Trials, long RangeSize, int Cores, double SingleThreadTrialsPerSecond, double LocalTrialsPerSecond,
    IReadOnlyList<ClusterBenchRow> Clusters, TimeSpan PerRange)
{
    /// <summary>
    /// The range size at which a range's overhead equals its trials' time on one core: below it the overhead
    /// dominates; ten times it keeps the overhead under a tenth.
    /// </summary>
    public double BreakEvenRangeSize => PerRange.TotalSeconds * SingleThreadTrialsPerSecond;
}
