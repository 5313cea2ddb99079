using Entente.Formats;
using Entente.Formats.Importers.Deu;
using Entente.Models;
using Entente.Simulation.Backtest;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Scores models against real outcomes, with bootstrap intervals, and saves the backtest when asked.</summary>
public sealed class BacktestService(RunRecorder recorder, IClusterConnector? cluster = null)
{
    /// <summary>
    /// Reads the table, scores every model (tuning those with a grid by cross-validation) on a worker thread; with
    /// <see cref="BacktestRequest.Cluster"/> the models' forecasts (a piece per model and tuning candidate) run on the
    /// cluster's silos and the scoring here (the same numbers).
    /// </summary>
    /// <exception cref="RequestException">The request is invalid, names an unknown model, or the table cannot be read or has no outcomes, or a cluster this build cannot reach.</exception>
    public async Task<BacktestOutcome> RunAsync(BacktestRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        if (request.Cluster is not null && cluster is null)
        {
            throw ClusterRuns.NoClient();
        }
        var scheme = CapabilitySchemes.Parse(request.Capability)!.Value;
        var baselineScheme = CapabilitySchemes.Parse(request.BaselineCapability)!.Value;
        var names = request.Models.Count > 0 ? request.Models : [.. ModelCatalog.All.Select(m => m.Name)];
        var checks = names.Select(n => (Name: n, Options: request.ModelOptions)).ToList();
        if (request.BaselineModel is { } baseline)
        {
            checks.Add((baseline, []));
        }
        foreach (var check in checks)
        {
            try
            {
                ModelCatalog.Create(check.Name, check.Options);
            }
            catch (ModelOptionsException e)
            {
                throw new RequestException("model", e.Message);
            }
        }

        var frozen = request.Calibration is { } calibrationFile
            ? CalibrationFiles.Load(calibrationFile).Models.ToDictionary(m => m.Model, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, Simulation.Backtest.Honest.ConformalCalibration>();
        var path = request.File!;
        DeuDataset dataset;
        try
        {
            dataset = DeuImporter.Load(path, request.SkipBadRows);
        }
        catch (ScenarioLoadException e)
        {
            throw new RequestException(e.Diagnostics);
        }
        var cases = DeuCases.From(dataset, scheme, request.CommissionWeight, request.ParliamentWeight);
        if (cases.Count == 0)
        {
            throw new RequestException("file", $"{path}: no issue has a known outcome; nothing to score");
        }
        // Folds are of proposals: more folds than proposals would leave folds with nothing to hold out.
        var proposals = cases.Select(c => c.Group).Distinct(StringComparer.Ordinal).Count();
        if (request.Folds > proposals)
        {
            RequestException.ThrowIfAny([RequestProblem.Of("folds", $"must be at most the number of proposals scored ({proposals} in {path}; got {request.Folds})")]);
        }
        var baselineName = request.BaselineModel is null ? null : ModelCatalog.Find(request.BaselineModel)!.Name;
        var baselineCases = baselineScheme == scheme ? cases : DeuCases.From(dataset, baselineScheme, request.CommissionWeight, request.ParliamentWeight);
        var options = new BacktestOptions
        {
            Models = names,
            ModelOptions = request.ModelOptions,
            Folds = request.Folds,
            Repeats = request.Repeats,
            InnerFolds = request.InnerFolds,
            Seed = request.Seed,
            Replicates = request.Replicates,
            Baseline = baselineName,
            Frozen = frozen,
            NoiseTrials = request.NoiseTrials,
            Noise = request.Noise,
            BaselineLabel = baselineName is null ? null : $"{baselineName} ({CapabilitySchemes.Name(baselineScheme)})",
        };
        var clock = recorder.Start();
        var lines = new MessageProgress("backtest", progress, cancellation);
        var notes = new List<string>();
        IReadOnlyList<ErrorSummary> rows;
        if (request.Cluster is { } target)
        {
            var job = BacktestPieces.Of(dataset, path, request, options, cases, baselineCases);
            lines.Report($"running {job.Count} forecasters on the cluster at {target.Address}");
            var pieces = await ClusterRuns.RunPiecesAsync(cluster, target, job, notes, null, cancellation).ConfigureAwait(false);
            rows = await Task.Run(() => ((BacktestWork)job.Work).Assemble(pieces, lines), cancellation).ConfigureAwait(false);
        }
        else
        {
            rows = await Task.Run(() => BacktestRunner.Run(cases, options, lines, baselineCases), cancellation).ConfigureAwait(false);
        }
        var elapsed = clock.Elapsed;
        var json = BacktestDocument.Json(path, scheme, options, cases.Count, rows, dataset.Skipped);
        var saved = request.SaveTo is { } store
            ? await recorder.SaveSummaryAsync(store, RunKind.Backtest,
                RunRecorder.BacktestHeader(names, request.Capability, request.Folds, options.Seed,
                    new ScenarioSource($"backtest of {Path.GetFileName(path)}", dataset.Text, path), clock, elapsed), json, cancellation).ConfigureAwait(false)
            : null;
        return new BacktestOutcome
        {
            Cases = cases,
            Rows = rows,
            Capability = scheme,
            Options = options,
            Json = json,
            CalibrationJson = CalibrationFiles.Json(path, dataset.Text, scheme, cases, rows),
            Warnings = [.. dataset.Warnings.Select(Located), .. Skipped(dataset),
                .. OptionSpellings.Warnings(string.Join(",", names), request.ModelOptions.Select(o => o.Name)), .. notes],
            Saved = saved,
        };
    }

    /// <summary>A diagnostic as <c>file:line:column: field: message</c>, without its kind (the CLI says it).</summary>
    private static string Located(Formats.Diagnostic d) => $"{d.File}:{d.Line}:{d.Column}: {d.Field}: {d.Message}";

    /// <summary>Each skipped row's errors, and a line saying how many rows were left out.</summary>
    private static IEnumerable<string> Skipped(DeuDataset dataset)
    {
        if (dataset.Skipped.Count == 0)
        {
            yield break;
        }
        foreach (var problem in dataset.Skipped)
        {
            yield return $"skipped {Located(problem)}";
        }
        var lines = dataset.SkippedLines;
        yield return $"skipped {lines.Count} row{(lines.Count == 1 ? "" : "s")} with errors (line{(lines.Count == 1 ? "" : "s")} {string.Join(", ", lines)}); the rest is scored";
    }

    /// <summary>
    /// The runner's progress lines, passed on at once on the runner's thread (<see cref="Progress{T}"/> would post
    /// them to the thread pool, out of order); cancellation stops the backtest at its next line.
    /// </summary>
    private sealed class MessageProgress(string stage, IProgress<RunProgress>? progress, CancellationToken cancellation) : IProgress<string>
    {
        public void Report(string value)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(new RunProgress(stage, Message: value));
        }
    }
}
