using Entente.Models;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Execution;

/// <summary>
/// The computation of one range, wherever it runs: perturb each trial's scenario, run the model on it, accumulate
/// each issue's forecast (or the same on flat arrays, for the models that have that path). The model runs its loops
/// in turn: parallelism comes from running ranges side by side, never from a model step starting threads.
/// </summary>
public static class TrialRangeWork
{
    /// <summary>
    /// The block of <paramref name="range"/>; checks <paramref name="cancellation"/> between trials. Plans of the models
    /// with a flat path (<see cref="FlatSweep"/>) take it; the others, and those with a feature it lacks, the general one.
    /// </summary>
    public static TrialBlock Run(TrialJob job, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        return FlatSweep.For(job.Plan) is { } flat ? new FlatTrials(flat).Run(job, range, cancellation) : RunGeneral(job, range, cancellation);
    }

    /// <summary>The block of <paramref name="range"/> by the general path: a scenario a trial, the model's own run on it.</summary>
    internal static TrialBlock RunGeneral(TrialJob job, TrialRange range, CancellationToken cancellation)
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
