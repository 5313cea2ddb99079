using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// Saved runs for programs. JSON: the run's header, the scenario as given, and its result or summary document
/// unchanged. CSV: the positions, in the columns of <c>forecast --format csv</c>.
/// </summary>
internal static class RunDocuments
{
    // The scenario text is embedded: keep its quotes, '+' and '<' readable rather than \u-escaped.
    private static readonly JsonSerializerOptions Json = new(DocumentJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The runs' headers as a JSON array.</summary>
    public static string List(IReadOnlyList<RunSummary> runs) =>
        new JsonArray([.. runs.Select(r => (JsonNode)WithDamage(new JsonObject
        {
            ["id"] = r.Id,
            ["kind"] = r.Kind.Name(),
            ["startedAt"] = Time(r.StartedAt),
            ["elapsedSeconds"] = r.Elapsed.TotalSeconds,
            ["scenario"] = r.ScenarioName,
            ["scenarioSha256"] = r.ScenarioSha256,
            ["model"] = r.Model,
            ["seed"] = r.Seed,
            ["codeVersion"] = r.CodeVersion,
            ["issues"] = r.IssueCount,
        }, r.Damage))]).ToJsonString(Json);

    // A damaged run says what is wrong; an intact one has no such field.
    private static JsonObject WithDamage(JsonObject run, string? damage)
    {
        if (damage is not null)
        {
            run["damage"] = damage;
        }
        return run;
    }

    /// <summary>What a store check found, as JSON: <c>{ store, integrity, clean, runsChecked, problems: [...], damagedRuns: [{ id, problem }] }</c>.</summary>
    public static string Check(StoreCheck check) => new JsonObject
    {
        ["store"] = check.Location,
        ["integrity"] = check.Integrity,
        ["clean"] = check.Clean,
        ["runsChecked"] = check.RunsChecked,
        ["problems"] = new JsonArray([.. check.Problems.Select(p => (JsonNode)JsonValue.Create(p))]),
        ["damagedRuns"] = new JsonArray([.. check.DamagedRuns.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["problem"] = d.Problem })]),
    }.ToJsonString(Json);

    /// <summary>One run as JSON: header, scenario as given, and its result or summary document.</summary>
    public static string Full(StoredRun run)
    {
        var options = new JsonObject();
        foreach (var option in run.Options)
        {
            options[option.Name] = option.Value;
        }
        var document = new JsonObject
        {
            ["id"] = run.Id,
            ["kind"] = run.Kind.Name(),
            ["startedAt"] = Time(run.StartedAt),
            ["elapsedSeconds"] = run.Elapsed.TotalSeconds,
            ["codeVersion"] = run.CodeVersion,
            ["model"] = run.Model,
            ["options"] = options,
            ["seed"] = run.Seed,
            ["roundLimit"] = run.RoundLimit,
            ["scenario"] = new JsonObject
            {
                ["name"] = run.Scenario.Name,
                ["file"] = run.Scenario.File,
                ["sha256"] = run.ScenarioSha256,
                ["text"] = run.Scenario.Text,
            },
        };
        if (run.ResultJson is { } result)
        {
            document["result"] = Parse(result);
        }
        if (run.SummaryJson is { } summary)
        {
            document["summary"] = Parse(summary);
        }
        return document.ToJsonString(Json);
    }

    /// <summary>One forecast run's positions as CSV, in the columns of the forecast CSV.</summary>
    public static string Csv(StoredRun run)
    {
        var text = new StringBuilder("issue,round,actor,position,weightedMean,weightedMedian,forecast\n");
        foreach (var issue in run.Issues)
        {
            foreach (var round in issue.Rounds)
            {
                foreach (var (actor, position) in round.Positions)
                {
                    text.Append(CsvText.Cell(issue.IssueId)).Append(',')
                        .Append(round.Round.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(CsvText.Cell(actor)).Append(',')
                        .Append(CsvText.Exact(position)).Append(',')
                        .Append(CsvText.Exact(round.WeightedMean)).Append(',')
                        .Append(CsvText.Exact(round.WeightedMedian)).Append(',')
                        .Append(CsvText.Exact(issue.Forecast)).Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    // The store has checked that the document is a JSON object (a damaged one is an error, never exported as text).
    private static JsonNode? Parse(string json) => JsonNode.Parse(json);
}
