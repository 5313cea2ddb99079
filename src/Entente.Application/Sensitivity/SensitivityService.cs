using Entente.Simulation.Execution;
using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>Runs one-at-a-time sensitivity analyses, here or on a cluster.</summary>
public sealed class SensitivityService(IClusterConnector? cluster = null)
{
    /// <summary>
    /// Reruns the model once per actor, field and direction, on worker threads here or, with
    /// <see cref="SensitivityRequest.Cluster"/>, an actor's runs per piece on the cluster's silos (the same numbers).
    /// </summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options, or a cluster this build cannot reach.</exception>
    public async Task<SensitivityOutcome> RunAsync(SensitivityRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        if (request.Cluster is not null && cluster is null)
        {
            throw ClusterRuns.NoClient();
        }
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario);
        progress?.Report(new RunProgress("sensitivity"));
        var notes = new List<string>();
        var result = await ModelProblems.Guard(() => request.Cluster is { } target
            ? OnClusterAsync(target, document, engine, request.Settings, notes, cancellation)
            : Task.Run(() => SensitivityAnalysis.Run(engine, request.Settings, cancellation), cancellation)).ConfigureAwait(false);
        return new SensitivityOutcome
        {
            Result = result,
            Json = SensitivityDocument.Json(document.Scenario, result),
            Warnings = [.. OptionSpellings.Warnings(engine), .. notes],
        };
    }

    private async Task<SensitivityResult> OnClusterAsync(ClusterTarget target, Formats.ScenarioDocument document, Simulation.Forecasting.ForecastRequest engine,
        SensitivitySettings settings, List<string> notes, CancellationToken cancellation)
    {
        var (model, options) = SensitivityAnalysis.Resolve(engine);
        var job = PieceJobs.Sensitivity(new ScenarioText(document.Text, document.File), engine.Scenario, model, options, settings, engine.Rounds, engine.Seed, cancellation);
        var pieces = await ClusterRuns.RunPiecesAsync(cluster, target, job, notes, null, cancellation).ConfigureAwait(false);
        return await Task.Run(() => ((SensitivityWork)job.Work).Assemble(pieces), cancellation).ConfigureAwait(false);
    }
}
