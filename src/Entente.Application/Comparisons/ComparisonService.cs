using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Formats;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Runs a scenario against its variants with the same seed, and saves the comparison when asked.</summary>
public sealed class ComparisonService(RunRecorder recorder, IClusterConnector? cluster = null)
{
    /// <summary>
    /// Runs the base, the variants and (for diplomacy scenarios) the attribution, on a worker thread; with
    /// <see cref="ComparisonRequest.Cluster"/> every Monte Carlo run over types (the base's, each variant's, and the
    /// attribution's, a piece each) runs on the cluster's silos, and gives the same numbers.
    /// </summary>
    /// <exception cref="RequestException">The request is invalid, names an unknown variant or model, or bad options, or a cluster this build cannot reach.</exception>
    public async Task<ComparisonOutcome> RunAsync(ComparisonRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        if (request.Cluster is not null && cluster is null)
        {
            throw ClusterRuns.NoClient();
        }
        var document = request.Scenario!;
        var engine = request.Model.For(document.Scenario, request.Trials);
        var clock = recorder.Start();
        progress?.Report(new RunProgress("compare"));
        var notes = new List<string>();
        var (baseline, variants, attributions) = request.Cluster is { } target
            ? await OnClusterAsync(target, document, engine, request, notes, cancellation).ConfigureAwait(false)
            : await Task.Run(() => Guarded<(Simulation.Forecasting.ForecastRun, IReadOnlyList<VariantDifference>, IReadOnlyList<Attribution>)>(() =>
            {
                var (b, v) = VariantComparison.Run(engine, request.Variants);
                cancellation.ThrowIfCancellationRequested();
                IReadOnlyList<Attribution> a = b.Result.Strategic is not null ? VariantComparison.Attribute(engine, request.Attribution, cancellation) : [];
                return (b, v, a);
            }), cancellation).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var json = ComparisonDocument.Json(document.Scenario, baseline, variants, attributions);
        var saved = request.SaveTo is { } store
            ? await recorder.SaveSummaryAsync(store, RunKind.Compare, RunRecorder.ComparisonHeader(baseline, RunRecorder.Source(document), clock, elapsed), json, cancellation).ConfigureAwait(false)
            : null;
        return new ComparisonOutcome
        {
            Base = baseline,
            Variants = variants,
            Attributions = attributions,
            Json = json,
            Warnings =
            [
                .. OptionSpellings.Warnings(engine),
                .. IgnoredDiplomacy.Warning(document.Scenario, baseline.Result, baseline.Model,
                    ", so variants that change only those sections forecast the same as the base"),
                .. notes,
            ],
            Saved = saved,
        };
    }

    // The runs with Monte Carlo trials go to the cluster as pieces; the runs without trials, here, join them.
    private async Task<(Simulation.Forecasting.ForecastRun, IReadOnlyList<VariantDifference>, IReadOnlyList<Attribution>)> OnClusterAsync(ClusterTarget target,
        ScenarioDocument document, Simulation.Forecasting.ForecastRequest engine, ComparisonRequest request, List<string> notes, CancellationToken cancellation)
    {
        var job = await Task.Run(() => Guarded(() => PieceJobs.Comparison(new Simulation.Execution.ScenarioText(document.Text, document.File), engine,
            request.Variants, request.Attribution)), cancellation).ConfigureAwait(false);
        var pieces = await ModelProblems.Guard(() => ClusterRuns.RunPiecesAsync(cluster, target, job, notes, null, cancellation)).ConfigureAwait(false);
        return await Task.Run(() => Guarded(() => ((ComparisonWork)job.Work).Assemble(engine, pieces, cancellation)), cancellation).ConfigureAwait(false);
    }

    private static T Guarded<T>(Func<T> run) => ModelProblems.Guard(() =>
    {
        try
        {
            return run();
        }
        catch (ArgumentException e)
        {
            // An unknown variant: the engine's message, without the parameter name .NET appends.
            throw new RequestException("variant", e.Message.Split(" (Parameter", 2)[0]);
        }
    });
}
