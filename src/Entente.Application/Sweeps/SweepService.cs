using Entente.Simulation.MonteCarlo;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Runs Monte Carlo sweeps over noisy inputs and saves them when asked.</summary>
public sealed class SweepService(RunRecorder recorder)
{
    /// <summary>Runs the sweep's trials in parallel, reporting trials done.</summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options.</exception>
    public async Task<SweepOutcome> RunAsync(SweepRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario);
        var plan = SweepPlan.For(engine, request.Trials, request.Noise);
        var clock = recorder.Start();
        var sweep = await Task.Run(() => ModelProblems.Guard(() =>
            new CpuTrialExecutor(request.Threads).Run(plan, new TrialProgress("sweep", plan.Trials, progress), cancellation)), cancellation).ConfigureAwait(false);
        var json = SweepDocument.Json(document.Scenario, sweep);
        var saved = request.SaveTo is { } store
            ? await recorder.SaveSummaryAsync(store, RunKind.Sweep, RunRecorder.SweepHeader(plan, sweep, RunRecorder.Source(document), clock), json, cancellation).ConfigureAwait(false)
            : null;
        return new SweepOutcome
        {
            Plan = plan,
            Sweep = sweep,
            Json = json,
            Warnings = [.. OptionSpellings.Warnings(engine), .. NoiseProblems.IdleWarnings(request.Noise), .. NoiseProblems.Invariant(sweep)],
            Saved = saved,
        };
    }
}
