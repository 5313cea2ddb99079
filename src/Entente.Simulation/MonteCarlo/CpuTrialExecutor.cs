using System.Diagnostics;
using Entente.Models;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Runs trials on all CPU cores (or as many threads as asked). Trials are handed out in blocks; each
/// thread keeps its own model instance and accumulators, merged at the end, which is exact whatever the
/// thread count or order because the accumulators add integers.
/// </summary>
public sealed class CpuTrialExecutor(int? threads = null) : ITrialExecutor
{
    private const int BlockSize = 256;

    /// <inheritdoc />
    public SweepResult Run(SweepPlan plan, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Trials);
        var scenario = plan.Scenario;
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var context = new ModelRunContext { Seed = plan.Seed, Rounds = plan.Rounds, Cancellation = cancellation, Loops = ParallelLoops.Instance };
        var baseline = model.Run(scenario, context);
        var perturber = new ScenarioPerturber(scenario, plan.Noise, plan.Seed);
        var issues = scenario.Issues.ToArray();

        var centers = baseline.Issues.Select(i => i.Forecast).ToArray();
        var totals = NewAccumulators(issues, centers);
        var gate = new object();
        long completed = 0;
        var blocks = (plan.Trials + BlockSize - 1) / BlockSize;
        var clock = Stopwatch.StartNew();
        Parallel.For(0L, blocks,
            new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellation },
            () => (Model: ModelCatalog.Create(plan.Model, plan.Options), Accumulators: NewAccumulators(issues, centers)),
            (block, _, local) =>
            {
                var end = Math.Min(plan.Trials, (block + 1) * BlockSize);
                for (var trial = block * BlockSize; trial < end; trial++)
                {
                    var result = local.Model.Run(perturber.Trial((ulong)trial), context with { Trial = (ulong)trial });
                    for (var i = 0; i < issues.Length; i++)
                    {
                        local.Accumulators[i].Add(trial, result.Issues[i].Forecast);
                    }
                }
                progress?.Report(Interlocked.Add(ref completed, end - block * BlockSize));
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < issues.Length; i++)
                    {
                        totals[i].Merge(local.Accumulators[i]);
                    }
                }
            });
        clock.Stop();

        return new SweepResult
        {
            Plan = plan,
            Model = model.Name,
            Elapsed = clock.Elapsed,
            Issues = issues.Select((issue, i) => new IssueDistribution(
                issue.Id, baseline.Issues[i].Forecast, totals[i].Summarise(), totals[i].BinWidth, totals[i].Bars())).ToList(),
        };
    }

    private static DistributionAccumulator[] NewAccumulators(Domain.Issue[] issues, double[] centers) =>
        issues.Select((issue, i) => new DistributionAccumulator(issue.Scale.Min, issue.Scale.Max, centers[i])).ToArray();
}
