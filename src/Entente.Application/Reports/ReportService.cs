using System.Globalization;
using Entente.Formats;
using Entente.Reports;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;
using Entente.Storage;

namespace Entente.Application;

/// <summary>Composes forecast, sweep and sensitivity into a report, from a scenario or a stored run.</summary>
public sealed class ReportService(RunStores stores)
{
    /// <summary>Runs the three analyses on a worker thread and writes the report's files.</summary>
    /// <exception cref="RequestException">The request is invalid; the run is missing or not a forecast; the model or options are bad; the folder cannot be written.</exception>
    public async Task<ReportOutcome> RunAsync(ReportRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var stored = request.RunId is { } id ? await StoredAsync(request.Store!, id, cancellation).ConfigureAwait(false) : null;
        var document = stored?.Document ?? request.Scenario!;
        var engine = stored?.Request ?? request.Model.For(document.Scenario);
        var warnings = new List<string>(OptionSpellings.Warnings(engine));
        var advise = request.Advise is { } actor ? AdviceSettings(document.Scenario, engine, actor.Trim(), request.AdviseTrials) : null;

        var data = await Task.Run(() => ModelProblems.Guard(() =>
        {
            // The report draws round 1's dyad map, so that round's table is kept.
            var run = ForecastRunner.Run(engine with { Dyads = Models.DyadSelection.Round(1) }, new RoundProgress("report: forecast", document.Scenario.Issues.Count, progress, cancellation), cancellation);
            if (stored is not null && Differs(stored.Run, run))
            {
                warnings.Add($"run {stored.Run.Id} was made by Entente {stored.Run.CodeVersion}; rerun now its forecasts differ from the stored ones");
            }
            SweepResult? sweep = null;
            if (request.Trials > 0)
            {
                var plan = SweepPlan.For(engine, request.Trials, request.Noise);
                sweep = new CpuTrialExecutor().Run(plan, new TrialProgress("report: sweep", plan.Trials, progress), cancellation);
                warnings.AddRange(NoiseProblems.IdleWarnings(request.Noise));
            }
            SensitivityResult? sensitivity = null;
            if (request.Sensitivity)
            {
                progress?.Report(new RunProgress("report: sensitivity"));
                sensitivity = SensitivityAnalysis.Run(engine, new SensitivitySettings(), cancellation);
            }
            AdviceResult? advice = null;
            if (advise is not null)
            {
                var runs = progress is null ? null : new Progress<(long Done, long Planned)>(p => progress.Report(new RunProgress("report: advise", p.Done, p.Planned)));
                advice = LeverSearch.Run(engine, advise, runs, cancellation);
                warnings.AddRange(advice.Warnings);
            }
            return new ReportData
            {
                Forecast = run, Sweep = sweep, Sensitivity = sensitivity, Advice = advice, RunId = stored?.Run.Id.ToString(CultureInfo.InvariantCulture),
            };
        }), cancellation).ConfigureAwait(false);

        var folder = request.Folder!;
        try
        {
            var files = ReportWriter.Write(data, folder);
            return new ReportOutcome { Folder = folder, Files = files, Data = data, Warnings = warnings };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RequestException([new RequestProblem("out", $"cannot write the report: {e.Message}") { Location = folder }]);
        }
    }

    // The advice section's search: entente advise's defaults, the report's seed; an unknown actor is a named problem.
    private static AdviceSettings AdviceSettings(Domain.Scenario scenario, Simulation.Forecasting.ForecastRequest engine, string actor, int? trials)
    {
        var settings = new AdviceSettings
        {
            Actor = actor,
            Trials = trials ?? scenario.Strategic?.MonteCarlo?.Trials ?? 2000,
            Seed = engine.Seed != 0 ? engine.Seed : scenario.Strategic?.MonteCarlo?.Seed ?? 1,
        };
        RequestException.ThrowIfAny([.. LeverSearch.Problems(scenario, settings).Select(p => new RequestProblem(p.Field == "actor" ? "advise" : p.Field, p.Message))]);
        return settings;
    }

    private sealed record Stored(StoredRun Run, ScenarioDocument Document, Simulation.Forecasting.ForecastRequest Request);

    /// <summary>
    /// The stored scenario text is read back and the forecast rerun with the stored model, options, seed and round
    /// limit. Runs are deterministic, so this reproduces the stored forecast, which is checked.
    /// </summary>
    private async Task<Stored> StoredAsync(string location, long id, CancellationToken cancellation)
    {
        using var store = stores.Open(location);
        StoredRun? run;
        try
        {
            run = await store.FindAsync(id, cancellation).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
        if (run is null || run.Kind != RunKind.Forecast)
        {
            throw new RequestException("run", run is null
                ? $"no run {id} in {store.Location} (see 'entente runs list')"
                : $"run {id} in {store.Location} is a {run.Kind.ToString().ToLowerInvariant()}, not a forecast; reports are made from forecasts");
        }
        ScenarioDocument document;
        try
        {
            document = ScenarioFiles.Parse(run.Scenario.Text, run.Scenario.File ?? $"run {id}");
        }
        catch (ScenarioLoadException e)
        {
            throw new RequestException(e.Diagnostics);
        }
        var request = new Simulation.Forecasting.ForecastRequest { Scenario = document.Scenario, Model = run.Model, Options = run.Options, Rounds = run.RoundLimit, Seed = run.Seed };
        return new Stored(run, document, request);
    }

    private static bool Differs(StoredRun original, ForecastRun rerun) =>
        original.Issues.Zip(rerun.Result.Issues).Any(p => p.First.IssueId != p.Second.IssueId || p.First.Forecast != p.Second.Forecast)
        || original.Issues.Count != rerun.Result.Issues.Count;
}
