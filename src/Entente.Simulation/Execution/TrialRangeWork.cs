using Entente.Models;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Execution;

/// <summary>
/// The computation of one range, wherever it runs: perturb each trial's scenario, run the model on it, accumulate
/// each issue's forecast. The model runs its loops in turn: parallelism comes from running ranges side by side,
/// never from a model step starting threads.
/// </summary>
public static class TrialRangeWork
{
    /// <summary>The block of <paramref name="range"/>; checks <paramref name="cancellation"/> between trials.</summary>
    public static TrialBlock Run(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        var plan = job.Plan;
        var model = ModelCatalog.Create(plan.Model, plan.Options);
        var perturber = new ScenarioPerturber(plan.Scenario, plan.Noise, plan.Seed);
        var context = new ModelRunContext { Seed = plan.Seed, Rounds = plan.Rounds, Cancellation = cancellation, Accelerator = job.Accelerator };
        var block = job.EmptyBlock();
        for (var trial = range.Start; trial < range.End; trial++)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = model.Run(perturber.Trial((ulong)trial), context with { Trial = (ulong)trial });
            for (var i = 0; i < block.IssueCount; i++)
            {
                block.Issue(i).Add(trial, result.Issues[i].Forecast);
            }
        }
        return block;
    }
}
