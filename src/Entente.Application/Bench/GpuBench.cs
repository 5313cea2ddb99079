using System.Diagnostics;
using Entente.Gpu;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application.Bench;

/// <summary>
/// <c>entente bench gpu</c>: trials per second of EUM sweeps of generated one-issue negotiations, on this machine's
/// cores and as GPU kernels, in one run; each side warmed up untimed first (the JIT's tiers, the kernel's compilation),
/// and the two sides' means compared (they agree to 1e-12 of the scale but for tie-tipped trials).
/// </summary>
public static class GpuBench
{
    /// <summary>Measures each of <paramref name="actors"/>: <paramref name="cpuTrials"/> trials on the cores, <paramref name="gpuTrials"/> as kernels.</summary>
    /// <param name="actors">Actors of each EUM issue timed.</param>
    /// <param name="cpuTrials">Trials timed on the cores.</param>
    /// <param name="gpuTrials">Trials timed as kernels.</param>
    /// <param name="spatialActors">Sizes of the spatial turns to time; null for 1,000 actors on a CUDA device and 200 and 400 on the CPU accelerator.</param>
    /// <param name="cancellation">Stops the sweeps.</param>
    public static GpuBenchResult Measure(IReadOnlyList<int> actors, long cpuTrials, long gpuTrials, IReadOnlyList<int>? spatialActors = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var device = GpuDevice.Open();
        using var gpu = new GpuTrialExecutor(device);
        var cpu = new LocalTrialExecutor();
        var noise = new NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.3 };
        var rows = new List<GpuBenchRow>();
        foreach (var n in actors)
        {
            var scenario = SweepBench.Generated(n, 1, seed: (ulong)n);
            var plan = new SweepPlan { Scenario = scenario, Model = "eum", Trials = cpuTrials, Seed = 1, Noise = noise };
            var cpuSettings = new ExecutionSettings();
            var gpuSettings = new ExecutionSettings { RangeSize = DeviceChoice.GpuRangeSize, Workers = 1 };
            // Untimed: the JIT's tiers on the CPU side, the kernel's compilation on the GPU side.
            Time(cpu, cpuSettings, plan with { Trials = Math.Min(cpuTrials, 200) }, cancellation);
            Time(gpu, gpuSettings, plan with { Trials = Math.Min(gpuTrials, 64) }, cancellation);
            var (cpuSeconds, cpuMean) = Time(cpu, cpuSettings, plan, cancellation);
            var (gpuSeconds, gpuMean) = Time(gpu, gpuSettings, plan with { Trials = gpuTrials }, cancellation);
            rows.Add(new GpuBenchRow(n, cpuTrials, cpuTrials / cpuSeconds, gpuTrials, gpuTrials / gpuSeconds, cpuMean, gpuMean));
        }
        // The probability kernel: 100 actors, 10,000 draws on a CUDA device (a few on the CPU accelerator, which is thousands of times slower).
        var probability = ProbabilityBench.Measure(device, 100, device.IsCuda ? 10_000 : 2);
        // One spatial turn with its O(n³) steps on the device, and on the cores up to CoresUpTo actors (a 10,000-actor turn
        // on a machine's cores takes hours: the target's size is timed on the device alone).
        var turns = (spatialActors ?? (device.IsCuda ? [1_000, 10_000] : [200, 400]))
            .Select(n => SpatialTurnBench.Measure(device, n, onCores: n <= CoresUpTo)).ToArray();
        return new GpuBenchResult(device.Description, device.Warning, Environment.ProcessorCount, rows, probability, turns);
    }

    // The largest spatial turn also timed on the cores.
    private const int CoresUpTo = 2_000;

    private static (double Seconds, double Mean) Time(ITrialRangeExecutor executor, ExecutionSettings settings, SweepPlan plan, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var result = new TrialRunner(executor, settings).RunAsync(plan, null, null, cancellation).GetAwaiter().GetResult();
        return (clock.Elapsed.TotalSeconds, result.Issues[0].Forecast.Mean);
    }
}

/// <summary>What <see cref="GpuBench.Measure"/> found.</summary>
/// <param name="Device">The device the kernels ran on.</param>
/// <param name="Warning">Set when there was no CUDA device (the kernels ran on ILGPU's CPU accelerator).</param>
/// <param name="Cores">The cores the CPU side used.</param>
/// <param name="Rows">One row per issue size.</param>
/// <param name="Probability">The EUM probability kernel's float64 throughput.</param>
/// <param name="SpatialTurns">One spatial-model turn per size, on the cores and with its challenge step on the device.</param>
public sealed record GpuBenchResult(string Device, string? Warning, int Cores, IReadOnlyList<GpuBenchRow> Rows, ProbabilityBenchResult Probability,
    IReadOnlyList<SpatialTurnRow> SpatialTurns);

/// <summary>One issue size.</summary>
/// <param name="Actors">Actors on the issue.</param>
/// <param name="CpuTrials">Trials timed on the cores.</param>
/// <param name="CpuTrialsPerSecond">Their rate.</param>
/// <param name="GpuTrials">Trials timed as kernels.</param>
/// <param name="GpuTrialsPerSecond">Their rate.</param>
/// <param name="CpuMean">The forecast's mean over the CPU's trials.</param>
/// <param name="GpuMean">The forecast's mean over the kernels' trials.</param>
public sealed record GpuBenchRow(int Actors, long CpuTrials, double CpuTrialsPerSecond, long GpuTrials, double GpuTrialsPerSecond, double CpuMean, double GpuMean)
{
    /// <summary>The GPU's rate over the cores'.</summary>
    public double SpeedUp => GpuTrialsPerSecond / CpuTrialsPerSecond;

    /// <summary>Seconds 10⁶ trials take as kernels at the measured rate.</summary>
    public double SecondsPerMillion => 1e6 / GpuTrialsPerSecond;
}
