using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// The one place runs are timed, given their headers and saved: every service starts a <see cref="RunClock"/>
/// here and saves through here, so what a stored run says about itself (when, how long, with what) is built
/// the same way for forecasts, sweeps, comparisons and backtests.
/// </summary>
public sealed class RunRecorder(TimeProvider time, RunStores stores)
{
    /// <summary>A clock started now.</summary>
    public RunClock Start() => new(time);

    /// <summary>The input as the store keeps it: the text read, its file and the scenario's name.</summary>
    public static ScenarioSource Source(ScenarioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ScenarioSource(document.Scenario.Name, document.Text, document.File);
    }

    /// <summary>The header of a forecast.</summary>
    public static RunHeader ForecastHeader(ForecastRun run, ScenarioSource source, RunClock clock) => RunHeader.For(run, source, clock.StartedAt);

    /// <summary>The header of a comparison: the base run's, timed over the whole comparison.</summary>
    public static RunHeader ComparisonHeader(ForecastRun baseline, ScenarioSource source, RunClock clock, TimeSpan elapsed) =>
        RunHeader.For(baseline, source, clock.StartedAt) with { Elapsed = elapsed };

    /// <summary>The header of a sweep.</summary>
    public static RunHeader SweepHeader(SweepPlan plan, SweepResult sweep, ScenarioSource source, RunClock clock) => new()
    {
        Scenario = source,
        Model = sweep.Model,
        Options = plan.Options,
        Seed = plan.Seed,
        RoundLimit = plan.Rounds,
        CodeVersion = CodeVersion.Engine,
        StartedAt = clock.StartedAt,
        Elapsed = sweep.Elapsed,
    };

    /// <summary>The header of a backtest: the models joined by commas, the capability scheme and folds as options.</summary>
    public static RunHeader BacktestHeader(IReadOnlyList<string> models, string capability, int folds, ulong seed, ScenarioSource source, RunClock clock, TimeSpan elapsed) => new()
    {
        Scenario = source,
        Model = string.Join(",", models),
        Options = [new ModelOption("capability", capability), new ModelOption("folds", folds.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        Seed = seed,
        CodeVersion = CodeVersion.Engine,
        StartedAt = clock.StartedAt,
        Elapsed = elapsed,
    };

    /// <summary>Saves a forecast with its document in the store at <paramref name="location"/>.</summary>
    public Task<SavedRun> SaveForecastAsync(string location, RunHeader header, ForecastRun run, string json, CancellationToken cancellation) =>
        SaveAsync(location, store => store.SaveForecastAsync(header, run.Result, json, cancellation));

    /// <summary>Saves a sweep, comparison or backtest as its summary document.</summary>
    public Task<SavedRun> SaveSummaryAsync(string location, RunKind kind, RunHeader header, string json, CancellationToken cancellation) =>
        SaveAsync(location, store => store.SaveSummaryAsync(kind, header, json, cancellation));

    private async Task<SavedRun> SaveAsync(string location, Func<IRunStore, Task<long>> save)
    {
        IRunStore store;
        try
        {
            store = stores.Open(location);
        }
        catch (RequestException e)
        {
            return new SavedRun { Location = location, Error = e.Problems[0].Message };
        }
        using (store)
        {
            try
            {
                return new SavedRun { Id = await save(store).ConfigureAwait(false), Location = store.Location };
            }
            catch (StoreException e)
            {
                return new SavedRun { Location = store.Location, Error = e.Message };
            }
        }
    }
}
