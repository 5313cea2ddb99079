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
        long identical = 0, close = 0, differing = 0, differingTrials = 0;
        var largest = 0.0;
        for (var trial = 0L; trial < trials; trial++)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = model.Run(perturber.Trial((ulong)trial), context with { Trial = (ulong)trial });
            var trialDiffers = false;
            for (var i = 0; i < issues; i++)
            {
                var cpu = result.Issues[i].Forecast;
                var gpu = device[trial * issues + i];
                var width = plan.Scenario.Issues[i].Scale.Width;
                var difference = Math.Abs(cpu - gpu) / (width > 0 ? width : 1);
                if (BitConverter.DoubleToInt64Bits(cpu) == BitConverter.DoubleToInt64Bits(gpu))
                {
                    identical++;
                }
                else if (difference <= Tolerance)
                {
                    close++;
                    largest = Math.Max(largest, difference);
                }
                else
                {
                    differing++;
                    trialDiffers = true;
                    largest = Math.Max(largest, double.IsNaN(difference) ? double.PositiveInfinity : difference);
                }
            }
            differingTrials += trialDiffers ? 1 : 0;
        }
        return new ConformanceReport
        {
            Model = plan.Model,
            Trials = trials,
            Issues = issues,
            Identical = identical,
            WithinTolerance = close,
            Differing = differing,
            DifferingTrials = differingTrials,
            LargestDifference = largest,
            BitIdenticalRequired = gpuPlan.Model is GpuModel.Compromise or GpuModel.Median,
            Device = executor.Device.Description,
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
