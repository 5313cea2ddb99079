using System.Diagnostics;
using Entente.Models;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Execution;

/// <summary>
/// Runs a sweep through an executor: the baseline once, here; the trials cut into ranges, handed out with at most
/// <see cref="ExecutionSettings.Workers"/> in flight, a failed range tried again; the blocks merged as they come
/// (exact, so completion order does not matter); progress in trials done; cancellation; the timing.
/// </summary>
public sealed class TrialRunner
{
    private readonly ITrialRangeExecutor _executor;
    private readonly ExecutionSettings _settings;

    /// <summary>A runner over <paramref name="executor"/>.</summary>
    public TrialRunner(ITrialRangeExecutor executor, ExecutionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        _executor = executor;
        _settings = ExecutionSettings.Checked(settings, nameof(settings));
    }

    /// <summary>
    /// The job of <paramref name="plan"/>: its baseline run once (on every core: the model's loops are the only
    /// parallel work then), the centers of the accumulators taken from it.
    /// </summary>
    public static (TrialJob Job, string Model, IReadOnlyList<double> Baseline) Prepare(SweepPlan plan, ScenarioText? source, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Trials);
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var baseline = model.Run(plan.Scenario, new ModelRunContext
        {
            Seed = plan.Seed, Rounds = plan.Rounds, Cancellation = cancellation, Loops = ParallelLoops.Instance,
        });
        var centers = baseline.Issues.Select(i => i.Forecast).ToArray();
        return (new TrialJob { Plan = plan, Centers = centers, Source = source }, model.Name, centers);
    }

    /// <summary>Runs <paramref name="plan"/>; <paramref name="progress"/> hears the count of trials done.</summary>
    public async Task<SweepResult> RunAsync(SweepPlan plan, ScenarioText? source = null, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var (job, model, baseline) = Prepare(plan, source, cancellation);
        job = job with { Accelerator = _settings.Accelerator };
        var clock = Stopwatch.StartNew();
        var merged = await RunRangesAsync(job, progress, cancellation).ConfigureAwait(false);
        clock.Stop();
        return Result(job, model, baseline, merged, clock.Elapsed);
    }

    /// <summary>Every range of <paramref name="job"/>, merged.</summary>
    public async Task<TrialBlock> RunRangesAsync(TrialJob job, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var ranges = TrialRange.Cut(job.Plan.Trials, _settings.RangeSize);
        var total = job.EmptyBlock();
        await RangeScheduling.RunAsync(ranges, _settings.Workers ?? _executor.Concurrency, _settings,
            (range, token) => _executor.RunAsync(job, range, token), block => block.Trials, (_, block) => total.Merge(block),
            progress, cancellation).ConfigureAwait(false);
        return total;
    }

    /// <summary>The sweep's result from its merged block.</summary>
    public static SweepResult Result(TrialJob job, string model, IReadOnlyList<double> baseline, TrialBlock merged, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(merged);
        return new SweepResult
        {
            Plan = job.Plan,
            Model = model,
            Elapsed = elapsed,
            Issues = job.Plan.Scenario.Issues.Select((issue, i) =>
            {
                var accumulator = merged.Issue(i);
                return new IssueDistribution(issue.Id, baseline[i], accumulator.Summarise(), accumulator.BinWidth, accumulator.Bars());
            }).ToList(),
        };
    }
}
