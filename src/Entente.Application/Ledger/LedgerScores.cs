using System.Text.Json;
using Entente.Domain;
using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// The record of graded forecasts: MAE and CRPS over every graded issue, the 80% intervals' coverage (with a
/// calibration), and the Brier score of the agreement and escalation probabilities.
/// </summary>
public sealed record LedgerReport
{
    /// <summary>Every entry, graded or not, in run order.</summary>
    public required IReadOnlyList<LedgerEntry> Entries { get; init; }

    /// <summary>Graded issues scored.</summary>
    public int Issues { get; init; }

    /// <summary>Mean absolute error over the graded issues (NaN for none).</summary>
    public double Mae { get; init; } = double.NaN;

    /// <summary>Mean CRPS: of the calibrated distribution when a calibration covers the run's model, else of the point forecast (its absolute error).</summary>
    public double Crps { get; init; } = double.NaN;

    /// <summary>Issues whose CRPS came from a calibrated distribution.</summary>
    public int Calibrated { get; init; }

    /// <summary>
    /// Calibrated issues of runs saved before scales were stored with forecasts, whose scale was read from the run's
    /// stored scenario text instead.
    /// </summary>
    public int ScaleFromScenario { get; init; }

    /// <summary>
    /// Graded issues a calibration covers but whose scale is known neither from the store nor from the run's scenario
    /// text (which no longer parses): left out of the CRPS and the coverage (scored by MAE only), never given an assumed scale.
    /// </summary>
    public int Unscaled { get; init; }

    /// <summary>Share of calibrated issues inside their 80% interval (NaN without a calibration).</summary>
    public double Coverage80 { get; init; } = double.NaN;

    /// <summary>Mean squared difference between the probabilities of agreement and escalation and what happened (0 or 1).</summary>
    public double Brier { get; init; } = double.NaN;

    /// <summary>Events (agreement, escalation) scored by <see cref="Brier"/>.</summary>
    public int Events { get; init; }

    /// <summary>The report as JSON: <c>{ entries: [ … ], issues, mae, crps, calibrated, scaleFromScenario, unscaled, coverage80, brier, events }</c>.</summary>
    public string Json => JsonSerializer.Serialize(new
    {
        entries = Entries.Select(e => new
        {
            run = e.RunId, sealedAt = e.SealedAt, note = e.Note, inputsSha256 = e.InputsSha256, outputsSha256 = e.OutputsSha256,
            codeVersion = e.CodeVersion, gradedAt = e.GradedAt, outcomes = e.Outcomes,
        }),
        issues = Issues, mae = Mae, crps = Crps, calibrated = Calibrated, scaleFromScenario = ScaleFromScenario, unscaled = Unscaled, coverage80 = Coverage80, brier = Brier, events = Events,
    }, DocumentJson.Options);
}

/// <summary>Scores graded ledger entries against their stored forecasts.</summary>
internal static class LedgerScores
{
    /// <summary>The outcome names that are events with a forecast probability rather than issues.</summary>
    public static bool IsEvent(string key) => key is "agreement" or "escalation";

    /// <summary>The report over <paramref name="entries"/>; <paramref name="runs"/> holds each graded entry's run.</summary>
    public static LedgerReport Score(IReadOnlyList<LedgerEntry> entries, IReadOnlyDictionary<long, StoredRun> runs, CalibrationSet? calibrations)
    {
        var errors = new List<double>();
        var crps = new List<double>();
        var covered = new List<double>();
        var brier = new List<double>();
        var (fromScenario, unscaled) = (0, 0);
        foreach (var entry in entries.Where(e => e.GradedAt is not null && runs.ContainsKey(e.RunId)))
        {
            var run = runs[entry.RunId];
            var calibration = calibrations?.For(run.Model);
            Dictionary<string, IssueScale>? scenarioScales = null;
            foreach (var (key, outcome) in entry.Outcomes)
            {
                if (IsEvent(key))
                {
                    if (Probability(run.ResultJson, key) is { } p)
                    {
                        brier.Add((p - outcome) * (p - outcome));
                    }
                    continue;
                }
                if (run.Issues.FirstOrDefault(i => i.IssueId == key) is not { } issue)
                {
                    continue;
                }
                errors.Add(Math.Abs(issue.Forecast - outcome));
                if (calibration is null)
                {
                    crps.Add(Math.Abs(issue.Forecast - outcome));
                    continue;
                }
                // The interval is kept on the issue's scale: stored with the forecast, else (an older run) read from its scenario.
                var scale = issue.Scale;
                if (scale is null)
                {
                    scenarioScales ??= ScalesOf(run);
                    scale = scenarioScales.GetValueOrDefault(key);
                    if (scale is null)
                    {
                        unscaled++;
                        continue;
                    }
                    fromScenario++;
                }
                crps.Add(calibration.Crps(issue.Forecast, outcome, scale.Min, scale.Max));
                var (low, high) = calibration.Interval(issue.Forecast, 0.8, scale.Min, scale.Max);
                covered.Add(low <= outcome && outcome <= high ? 1 : 0);
            }
        }
        return new LedgerReport
        {
            Entries = entries,
            Issues = errors.Count,
            Mae = errors.Count > 0 ? errors.Average() : double.NaN,
            Crps = crps.Count > 0 ? crps.Average() : double.NaN,
            Calibrated = covered.Count,
            ScaleFromScenario = fromScenario,
            Unscaled = unscaled,
            Coverage80 = covered.Count > 0 ? covered.Average() : double.NaN,
            Brier = brier.Count > 0 ? brier.Average() : double.NaN,
            Events = brier.Count,
        };
    }

    /// <summary>
    /// The scales of the issues of <paramref name="run"/>'s stored scenario text, by issue id; empty when the text no
    /// longer parses (a format this build does not read).
    /// </summary>
    internal static Dictionary<string, IssueScale> ScalesOf(StoredRun run)
    {
        try
        {
            return Formats.ScenarioFiles.Parse(run.Scenario.Text, run.Scenario.File ?? run.Scenario.Name).Scenario.Issues
                .ToDictionary(i => i.Id, i => i.Scale, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is Formats.ScenarioLoadException or FormatException or ArgumentException or InvalidOperationException)
        {
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The forecast's probability of <paramref name="key"/> from its document's diplomacy headlines: escalation, or
    /// agreement as the first negotiation's deal; the Monte Carlo mean where there were trials, else the nominal 0/1.
    /// </summary>
    public static double? Probability(string? resultJson, string key)
    {
        if (resultJson is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(resultJson);
            if (!document.RootElement.TryGetProperty("diplomacy", out var diplomacy) || diplomacy.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            JsonElement estimate;
            if (key == "escalation")
            {
                if (!diplomacy.TryGetProperty("escalation", out estimate)) return null;
            }
            else if (!diplomacy.TryGetProperty("negotiations", out var negotiations) || negotiations.ValueKind != JsonValueKind.Array
                     || negotiations.GetArrayLength() == 0 || !negotiations[0].TryGetProperty("deal", out estimate))
            {
                return null;
            }
            return estimate.TryGetProperty("mean", out var mean) && mean.ValueKind == JsonValueKind.Number ? mean.GetDouble()
                : estimate.TryGetProperty("nominal", out var nominal) && nominal.ValueKind == JsonValueKind.Number ? nominal.GetDouble() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
