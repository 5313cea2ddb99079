using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Runs Monte Carlo sweeps over noisy inputs, here or on a cluster, and saves them when asked.</summary>
public sealed class SweepService(RunRecorder recorder, IClusterConnector? cluster = null)
{
    /// <summary>Runs the sweep's trials in parallel (here, or on the cluster the request names), reporting trials done.</summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options, or a cluster this build cannot reach.</exception>
    public async Task<SweepOutcome> RunAsync(SweepRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        if (request.Cluster is not null && cluster is null)
        {
            throw ClusterRuns.NoClient();
        }
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario);
        var plan = SweepPlan.For(engine, request.Trials, request.Noise);
        var clock = recorder.Start();
        using var device = DeviceChoice.For(request.Device, plan);
        var defaultRangeSize = device.Executor is null ? ExecutionSettings.DefaultRangeSize : DeviceChoice.GpuRangeSize;
        var settings = new ExecutionSettings { RangeSize = request.RangeSize ?? defaultRangeSize, Workers = request.Threads, Accelerator = device.Accelerator };
        var trialProgress = new TrialProgress("sweep", plan.Trials, progress);
        var source = new ScenarioText(document.Text, document.File);
        var notes = new List<string>();
        if (device.Note is { } said)
        {
            notes.Add(said);
        }
        var executor = device.Executor ?? new LocalTrialExecutor(request.Threads);
        var sweep = await ModelProblems.Guard(() => request.Cluster is { } address
            ? OnClusterAsync(address, request.ClusterId, request.Job, plan, source, ClusterRuns.Settings(settings.RangeSize), trialProgress, notes, cancellation)
            : Task.Run(() => new TrialRunner(executor, device.Executor is null ? settings : settings with { Workers = 1 }).RunAsync(plan, source, trialProgress, cancellation), cancellation))
            .ConfigureAwait(false);
        var json = SweepDocument.Json(document.Scenario, sweep);
        var saved = request.SaveTo is { } store
            ? await recorder.SaveSummaryAsync(store, RunKind.Sweep, RunRecorder.SweepHeader(plan, sweep, RunRecorder.Source(document), clock), json, cancellation).ConfigureAwait(false)
            : null;
        return new SweepOutcome
        {
            Plan = plan,
            Sweep = sweep,
            Json = json,
            Warnings = [.. OptionSpellings.Warnings(engine), .. NoiseProblems.IdleWarnings(request.Noise), .. NoiseProblems.Invariant(sweep), .. notes],
            Saved = saved,
        };
    }

    private async Task<SweepResult> OnClusterAsync(string address, string? clusterId, string? jobId, SweepPlan plan, ScenarioText source, ExecutionSettings settings,
        IProgress<long> progress, List<string> notes, CancellationToken cancellation)
    {
        var (job, model, baseline) = await Task.Run(() => TrialRunner.Prepare(plan, source, cancellation), cancellation).ConfigureAwait(false);
        var ranges = (plan.Trials + settings.RangeSize - 1) / settings.RangeSize;
        await using var executor = await ClusterRuns.ConnectAsync(cluster, address, clusterId, jobId ?? ClusterJobs.IdOf(job, settings.RangeSize), ranges, notes, cancellation)
            .ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var merged = await new TrialRunner(executor, settings).RunRangesAsync(job, progress, cancellation).ConfigureAwait(false);
        clock.Stop();
        return TrialRunner.Result(job, model, baseline, merged, clock.Elapsed);
    }
}
