using System.Text.Json;
using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// The forecast as one JSON document:
/// <c>{ scenario, model, seed, options, issues: [ { id, forecast, weightedMean, weightedMedian, rounds: [...] } ] }</c>, and
/// with a calibration <c>calibration: { file, source, capability, model, cases, issues: [ { issueId, forecast, intervals:
/// [ { level, low, high } ] } ] }</c>.
/// Later models add fields; existing names never change.
/// </summary>
internal static class ForecastJson
{
    /// <summary>The serializer settings of every document: see <see cref="DocumentJson"/>.</summary>
    public static JsonSerializerOptions Options => DocumentJson.Options;

    /// <summary>The forecast document of <paramref name="run"/>.</summary>
    public static string Write(ForecastRun run, CalibratedForecast? calibration = null) => JsonSerializer.Serialize(Document(run, calibration), Options);

    /// <summary>The forecast document of <paramref name="run"/>, serialized onto <paramref name="stream"/> as UTF-8 as it goes.</summary>
    public static void Write(ForecastRun run, Stream stream, CalibratedForecast? calibration = null) =>
        JsonSerializer.Serialize(stream, Document(run, calibration), Options);

    /// <summary>As <see cref="Write(ForecastRun, Stream, CalibratedForecast)"/>, asynchronously.</summary>
    public static Task WriteAsync(ForecastRun run, Stream stream, CancellationToken cancellation, CalibratedForecast? calibration = null) =>
        JsonSerializer.SerializeAsync(stream, Document(run, calibration), Options, cancellation);

    private static ForecastDocument Document(ForecastRun run, CalibratedForecast? calibration) => new(
        run.Scenario.Name,
        run.Model,
        run.Seed,
        run.Rounds,
        run.Options.ToDictionary(o => o.Name, o => o.Value),
        run.Result.Issues.Select(i => new IssueDocument(
            i.IssueId,
            run.Scenario.FindIssue(i.IssueId)?.Name ?? i.IssueId,
            i.Forecast,
            i.WeightedMean,
            i.WeightedMedian,
            i.StoppingReason,
            i.Details.Count == 0 ? null : i.Details,
            i.Explanation.Count == 0 ? null : i.Explanation,
            i.Rounds)).ToList(),
        run.Result.Rounds,
        run.Result.Strategic is { } layer ? DiplomacyDocument.Of(layer, run.MonteCarlo) : null,
        calibration);

    private sealed record ForecastDocument(
        string Scenario,
        string Model,
        ulong Seed,
        int? RoundLimit,
        IReadOnlyDictionary<string, string> Options,
        IReadOnlyList<IssueDocument> Issues,
        IReadOnlyList<ScenarioRound>? Rounds,
        DiplomacyDocument? Diplomacy,
        CalibratedForecast? Calibration);

    private sealed record IssueDocument(
        string Id,
        string Name,
        double Forecast,
        double WeightedMean,
        double WeightedMedian,
        string? StoppingReason,
        IReadOnlyDictionary<string, double>? Details,
        IReadOnlyList<string>? Explanation,
        IReadOnlyList<RoundState> Rounds);
}
