using Entente.Application.Bench;
using Entente.Domain;
using Entente.Gpu;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>
/// <c>entente gpu check</c>: every kernel against its CPU model on generated negotiations (issues with 6 to 100
/// actors, noisy inputs), trial by trial, on the CUDA device when there is one (else on ILGPU's CPU accelerator, with
/// a warning). The compromise and median kernels must agree bit for bit; the expected utility kernel to 1e-12 of the
/// scale, the trials where a tie tipped a decision the other way counted and shown.
/// </summary>
public static class GpuCheck
{
    /// <summary>The cases checked: model, actors, options.</summary>
    public static IReadOnlyList<(string Model, int Actors, IReadOnlyList<ModelOption> Options)> Cases { get; } =
    [
        ("compromise", 40, []),
        ("median", 40, []),
        ("eum", 6, []),
        ("eum", 12, []),
        ("eum", 30, []),
        ("eum", 100, []),
        ("eum", 12, [new ModelOption("q", "0.8"), new ModelOption("t", "0.6")]),
    ];

    /// <summary>Runs every case with <paramref name="trials"/> trials; <paramref name="progress"/> hears each report as it comes.</summary>
    public static (string Device, string? Warning, IReadOnlyList<ConformanceReport> Reports) Run(long trials, IProgress<ConformanceReport>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        using var device = GpuDevice.Open();
        using var executor = new GpuTrialExecutor(device);
        var reports = new List<ConformanceReport>();
        var noise = new NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.3 };
        foreach (var (model, actors, options) in Cases)
        {
            var scenario = SweepBench.Generated(actors, 2, seed: (ulong)actors);
            var plan = new SweepPlan { Scenario = scenario, Model = model, Options = options, Trials = trials, Seed = 1, Noise = noise };
            var report = GpuConformance.Check(plan, executor, trials, cancellation) with { Model = Label(model, actors, options) };
            reports.Add(report);
            progress?.Report(report);
        }
        // The spatial model with its challenge steps on the device, whole runs (its trials are costly: a tenth as many).
        var accelerator = new GpuModelAccelerator(device);
        foreach (var actors in new[] { 12, 40 })
        {
            var spatial = new SweepPlan { Scenario = SweepBench.Generated(actors, 2, seed: (ulong)actors), Model = "smp", Trials = trials, Seed = 1, Noise = noise };
            var report = GpuConformance.CheckSpatial(spatial, accelerator, Math.Max(1, trials / 10), cancellation) with { Model = $"smp n={actors}" };
            reports.Add(report);
            progress?.Report(report);
        }
        return (device.Description, device.Warning, reports);
    }

    private static string Label(string model, int actors, IReadOnlyList<ModelOption> options) =>
        $"{model} n={actors}" + (options.Count == 0 ? "" : " " + string.Join(" ", options.Select(o => $"{o.Name}={o.Value}")));
}
