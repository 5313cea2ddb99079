using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>Runs one-at-a-time sensitivity analyses.</summary>
public sealed class SensitivityService
{
    /// <summary>Reruns the model once per actor, field and direction, on a worker thread.</summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options.</exception>
    public async Task<SensitivityOutcome> RunAsync(SensitivityRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario);
        progress?.Report(new RunProgress("sensitivity"));
        var result = await Task.Run(() => ModelProblems.Guard(() => SensitivityAnalysis.Run(engine, request.Settings, cancellation)), cancellation).ConfigureAwait(false);
        return new SensitivityOutcome { Result = result, Json = SensitivityDocument.Json(document.Scenario, result), Warnings = [.. OptionSpellings.Warnings(engine)] };
    }
}
