using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Runs a scenario against its variants with the same seed, and saves the comparison when asked.</summary>
public sealed class ComparisonService(RunRecorder recorder, IClusterConnector? cluster = null)
{
    /// <summary>
    /// Runs the base, the variants and (for diplomacy scenarios) the attribution, on a worker thread; with
    /// <see cref="ComparisonRequest.Cluster"/> the attribution's Monte Carlo runs (a piece per signal and negotiation
    /// left out, and the base) run on the cluster's silos (the same numbers).
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
        var (baseline, variants, attributions) = await Task.Run(() => ModelProblems.Guard(() =>
        {
            try
            {
                var (b, v) = VariantComparison.Run(engine, request.Variants);
                cancellation.ThrowIfCancellationRequested();
                IReadOnlyList<Attribution> a = b.Result.Strategic is not null && request.Cluster is null ? VariantComparison.Attribute(engine, request.Attribution, cancellation) : [];
                return (b, v, a);
            }
            catch (ArgumentException e)
            {
                // An unknown variant: the engine's message, without the parameter name .NET appends.
                throw new RequestException("variant", e.Message.Split(" (Parameter", 2)[0]);
            }
        }), cancellation).ConfigureAwait(false);
        var notes = new List<string>();
        if (request.Cluster is { } target && baseline.Result.Strategic is not null)
        {
            var job = PieceJobs.Attribution(new Simulation.Execution.ScenarioText(document.Text, document.File), engine, request.Attribution);
            var pieces = await ModelProblems.Guard(() => ClusterRuns.RunPiecesAsync(cluster, target, job, notes, null, cancellation)).ConfigureAwait(false);
            attributions = ((AttributionWork)job.Work).Assemble(pieces);
        }
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
}
