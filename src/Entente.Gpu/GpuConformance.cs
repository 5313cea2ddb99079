using Entente.Models;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Gpu;

/// <summary>
/// Runs the same trials on the CPU (the model itself, trial by trial, as the CPU executor does) and as kernels, and
/// compares every forecast: the compromise and median models must agree bit for bit; the expected utility model to
/// 1e-12 (relative to the scale's width), a trial beyond that being one where a decision sat on a tie and tipped the
/// other way (its sums differ in the last bits). Nothing differs silently: every difference is counted.
/// </summary>
public static class GpuConformance
{
    /// <summary>The tolerance of the expected utility model, relative to the issue's scale width.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>
    /// Compares <paramref name="trials"/> trials of a spatial-model <paramref name="plan"/> run on the cores alone and with
    /// every turn's challenge step on <paramref name="accelerator"/>'s device.
    /// </summary>
    public static ConformanceReport CheckSpatial(SweepPlan plan, GpuModelAccelerator accelerator, long trials, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(accelerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var perturber = new ScenarioPerturber(plan.Scenario, plan.Noise, plan.Seed);
        var context = new ModelRunContext { Seed = plan.Seed, Rounds = plan.Rounds, Cancellation = cancellation };
        var tally = new Tally(plan.Scenario.Issues.Count);
        for (var trial = 0L; trial < trials; trial++)
        {
            var scenario = perturber.Trial((ulong)trial);
            var cores = model.Run(scenario, context with { Trial = (ulong)trial });
            var device = model.Run(scenario, context with { Trial = (ulong)trial, Accelerator = accelerator });
            tally.Add(plan, i => cores.Issues[i].Forecast, i => device.Issues[i].Forecast);
        }
        return tally.Report(plan.Model, trials, bitIdenticalRequired: false, accelerator.Description);
    }

    /// <summary>Compares <paramref name="trials"/> trials of <paramref name="plan"/> on the CPU and on <paramref name="executor"/>.</summary>
    public static ConformanceReport Check(SweepPlan plan, GpuTrialExecutor executor, long trials, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var gpuPlan = GpuPlan.For(plan);
        var job = new TrialJob { Plan = plan, Centers = new double[plan.Scenario.Issues.Count] };
        var device = executor.Forecasts(job, new TrialRange(0, trials), cancellation);
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var perturber = new ScenarioPerturber(plan.Scenario, plan.Noise, plan.Seed);
        var context = new ModelRunContext { Seed = plan.Seed, Rounds = plan.Rounds, Cancellation = cancellation };
        var issues = plan.Scenario.Issues.Count;
        var tally = new Tally(issues);
        for (var trial = 0L; trial < trials; trial++)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = model.Run(perturber.Trial((ulong)trial), context with { Trial = (ulong)trial });
            var at = trial * issues;
            tally.Add(plan, i => result.Issues[i].Forecast, i => device[at + i]);
        }
        return tally.Report(plan.Model, trials, gpuPlan.Model is GpuModel.Compromise or GpuModel.Median, executor.Device.Description);
    }

    /// <summary>The counts of a comparison, trial by trial.</summary>
    private sealed class Tally(int issues)
    {
        private long _identical, _close, _differing, _differingTrials;
        private double _largest;

        public void Add(SweepPlan plan, Func<int, double> cpuOf, Func<int, double> deviceOf)
        {
            var trialDiffers = false;
            for (var i = 0; i < issues; i++)
            {
                var cpu = cpuOf(i);
                var gpu = deviceOf(i);
                var width = plan.Scenario.Issues[i].Scale.Width;
                var difference = Math.Abs(cpu - gpu) / (width > 0 ? width : 1);
                if (BitConverter.DoubleToInt64Bits(cpu) == BitConverter.DoubleToInt64Bits(gpu))
                {
                    _identical++;
                }
                else if (difference <= Tolerance)
                {
                    _close++;
                    _largest = Math.Max(_largest, difference);
                }
                else
                {
                    _differing++;
                    trialDiffers = true;
                    _largest = Math.Max(_largest, double.IsNaN(difference) ? double.PositiveInfinity : difference);
                }
            }
            _differingTrials += trialDiffers ? 1 : 0;
        }

        public ConformanceReport Report(string model, long trials, bool bitIdenticalRequired, string device) => new()
        {
            Model = model,
            Trials = trials,
            Issues = issues,
            Identical = _identical,
            WithinTolerance = _close,
            Differing = _differing,
            DifferingTrials = _differingTrials,
            LargestDifference = _largest,
            BitIdenticalRequired = bitIdenticalRequired,
            Device = device,
        };
    }
}

/// <summary>What <see cref="GpuConformance.Check"/> found.</summary>
public sealed record ConformanceReport
{
    /// <summary>The model compared.</summary>
    public required string Model { get; init; }

    /// <summary>Trials compared.</summary>
    public long Trials { get; init; }

    /// <summary>Issues per trial.</summary>
    public int Issues { get; init; }

    /// <summary>(Trial, issue) forecasts equal bit for bit.</summary>
    public long Identical { get; init; }

    /// <summary>Forecasts that differ, by at most the tolerance.</summary>
    public long WithinTolerance { get; init; }

    /// <summary>Forecasts that differ by more than the tolerance (a decision on a tie tipped the other way).</summary>
    public long Differing { get; init; }

    /// <summary>Trials with at least one such forecast.</summary>
    public long DifferingTrials { get; init; }

    /// <summary>The largest difference seen, relative to the scale's width.</summary>
    public double LargestDifference { get; init; }

    /// <summary>Whether the model must agree bit for bit (compromise, median).</summary>
    public bool BitIdenticalRequired { get; init; }

    /// <summary>The device the kernels ran on.</summary>
    public required string Device { get; init; }

    /// <summary>
    /// Agreement: every forecast identical where bits are required; otherwise at most one trial in a hundred tipped
    /// by a tie (the trials counted, never hidden).
    /// </summary>
    public bool Agrees => BitIdenticalRequired ? Identical == Trials * Issues : DifferingTrials * 100 <= Trials;
}
