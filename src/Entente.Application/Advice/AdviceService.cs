using Entente.Simulation.Advice;

namespace Entente.Application;

/// <summary>Searches one actor's levers in a scenario and ranks them against the base by paired trials.</summary>
public sealed class AdviceService(RunRecorder recorder)
{
    /// <summary>Runs the search on a worker thread, reporting model runs done.</summary>
    /// <exception cref="RequestException">The request is invalid, or names an unknown model or bad options.</exception>
    public async Task<AdviceOutcome> RunAsync(AdviceRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var document = request.Scenario!;
        var settings = request.Settings(document.Scenario);
        var engine = request.Model.For(document.Scenario);
        var runs = progress is null ? null : new Progress<(long Done, long Planned)>(p => progress.Report(new RunProgress("advise", p.Done, p.Planned)));
        var clock = recorder.Start();
        var result = await Task.Run(() => ModelProblems.Guard(() => Search(engine, settings, runs, cancellation)), cancellation).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        return new AdviceOutcome
        {
            Result = result,
            Scenario = document.Scenario.Name,
            Json = AdviceDocument.Json(document.Scenario.Name, result),
            Elapsed = elapsed,
            Warnings = [.. OptionSpellings.Warnings(engine), .. result.Warnings],
        };
    }

    // A grid of combinations too large to run is found only once the single levers are ranked: it is bad input all the same.
    private static AdviceResult Search(Simulation.Forecasting.ForecastRequest engine, AdviceSettings settings, IProgress<(long Done, long Planned)>? runs,
        CancellationToken cancellation)
    {
        try
        {
            return LeverSearch.Run(engine, settings, runs, cancellation);
        }
        catch (ArgumentException e) when (e.ParamName == "search")
        {
            throw new RequestException([new RequestProblem("search", e.Message.Replace(" (Parameter 'search')", "", StringComparison.Ordinal))]);
        }
    }
}
