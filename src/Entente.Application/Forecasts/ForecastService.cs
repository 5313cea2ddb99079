using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>Runs a forecast, says what to warn about, and saves it when asked.</summary>
public sealed class ForecastService(RunRecorder recorder)
{
    /// <summary>Runs the forecast on a worker thread, reporting each model round.</summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options.</exception>
    public async Task<ForecastOutcome> RunAsync(ForecastRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario, request.Trials) with { Dyads = request.Dyads };
        var (accelerator, deviceNote) = ForecastDevice.For(request.Device, ForecastRunner.ResolveModel(engine));
        engine = engine with { Accelerator = accelerator };
        var clock = recorder.Start();
        var run = await Task.Run(() => ModelProblems.Guard(() =>
            ForecastRunner.Run(engine, new RoundProgress("forecast", document.Scenario.Issues.Count, progress, cancellation), cancellation)), cancellation).ConfigureAwait(false);

        var warnings = OptionSpellings.Warnings(engine).ToList();
        if (deviceNote is not null)
        {
            warnings.Add(deviceNote);
        }
        warnings.AddRange(IgnoredDiplomacy.Warning(document.Scenario, run.Result, run.Model));
        var outcome = new ForecastOutcome { Run = run, Warnings = warnings };
        // The document is built as a string only to be saved; a caller that prints it streams it (ForecastOutcome.WriteJson).
        return request.SaveTo is { } store
            ? outcome with { Saved = await recorder.SaveForecastAsync(store, RunRecorder.ForecastHeader(run, RunRecorder.Source(document), clock), run, outcome.Json, cancellation).ConfigureAwait(false) }
            : outcome;
    }
}
