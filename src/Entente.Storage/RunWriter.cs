using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Domain;
using Entente.Models;

namespace Entente.Storage;

/// <summary>Writes one run's rows inside the caller's transaction.</summary>
internal static class RunWriter
{
    // Rows per multi-row INSERT: far below both databases' parameter limits, and few round trips to a server.
    private const int RowsPerInsert = 100;

    /// <summary>
    /// The largest document a run may store, in characters (64 Mi): what a run stores is bounded, so a store stays
    /// readable by every client (PostgreSQL's text values stop at 1 GB) and a run can be listed and shown.
    /// </summary>
    public const int MaxDocumentChars = 64 * 1024 * 1024;

    /// <summary>Refuses a document over <see cref="MaxDocumentChars"/> before anything is written.</summary>
    /// <exception cref="StoreException">The document is too large.</exception>
    public static void CheckSize(string location, string document)
    {
        if (document.Length > MaxDocumentChars)
        {
            throw new StoreException(
                $"{location}: cannot save the run: its document is {document.Length / (1024.0 * 1024.0):F0} Mi characters, over the store's limit of "
                + $"{MaxDocumentChars / (1024 * 1024)} Mi (fewer rounds, issues or actors, or --no-save)");
        }
    }

    public static async Task<long> InsertRunAsync(DbConnection connection, DbTransaction transaction, RunKind kind, RunHeader header, string? resultJson, string? summaryJson,
        CancellationToken cancellation)
    {
        const string Text = """
            INSERT INTO runs (kind, scenario_name, scenario_file, scenario_text, scenario_sha256, model, options_json, seed,
                              round_limit, code_version, started_at, elapsed_seconds, result_json, summary_json)
            VALUES (@kind, @name, @file, @text, @sha, @model, @options, @seed, @limit, @version, @started, @elapsed, @result, @summary)
            RETURNING id
            """;
        var id = await Sql.ScalarAsync(connection, transaction, Text, cancellation,
            ("@kind", kind.Name()),
            ("@name", header.Scenario.Name),
            ("@file", header.Scenario.File),
            ("@text", header.Scenario.Text),
            ("@sha", header.Scenario.Sha256),
            ("@model", header.Model),
            ("@options", OptionsJson.Write(header.Options)),
            ("@seed", header.Seed.ToString(CultureInfo.InvariantCulture)),
            ("@limit", header.RoundLimit),
            ("@version", header.CodeVersion),
            ("@started", Sql.Time(header.StartedAt)),
            ("@elapsed", header.Elapsed.TotalSeconds),
            ("@result", resultJson),
            ("@summary", summaryJson)).ConfigureAwait(false);
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public static async Task InsertResultAsync(DbConnection connection, DbTransaction transaction, long runId, ForecastResult result,
        IReadOnlyDictionary<string, IssueScale> scales, CancellationToken cancellation)
    {
        var forecasts = new Rows(connection, transaction, cancellation, "issue_forecasts",
            ["run_id", "issue_id", "ordinal", "forecast", "weighted_mean", "weighted_median", "stopping_reason", "scale_min", "scale_max"]);
        var statistics = new Rows(connection, transaction, cancellation, "round_statistics",
            ["run_id", "issue_id", "round", "weighted_mean", "weighted_median"]);
        var positions = new Rows(connection, transaction, cancellation, "positions",
            ["run_id", "issue_id", "round", "actor", "ordinal", "position"]);

        var issueOrdinal = 0;
        foreach (var issue in result.Issues)
        {
            // An issue the header gives no scale for keeps NULL, as a run saved before scales were stored.
            var scale = scales.GetValueOrDefault(issue.IssueId);
            await forecasts.AddAsync(runId, issue.IssueId, issueOrdinal++, Sql.Double(issue.Forecast), Sql.Double(issue.WeightedMean),
                Sql.Double(issue.WeightedMedian), issue.StoppingReason,
                scale is null ? DBNull.Value : Sql.Double(scale.Min), scale is null ? DBNull.Value : Sql.Double(scale.Max)).ConfigureAwait(false);
            foreach (var round in issue.Rounds)
            {
                await statistics.AddAsync(runId, issue.IssueId, round.Round, Sql.Double(round.WeightedMean), Sql.Double(round.WeightedMedian)).ConfigureAwait(false);
                var actorOrdinal = 0;
                foreach (var (actor, position) in round.Positions)
                {
                    await positions.AddAsync(runId, issue.IssueId, round.Round, actor, actorOrdinal++, Sql.Double(position)).ConfigureAwait(false);
                }
            }
        }
        await forecasts.FlushAsync().ConfigureAwait(false);
        await statistics.FlushAsync().ConfigureAwait(false);
        await positions.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Buffers rows of one table and inserts them many to a statement.</summary>
    private sealed class Rows(DbConnection connection, DbTransaction transaction, CancellationToken cancellation, string table, string[] columns)
    {
        private readonly List<object?[]> _pending = [];

        public async Task AddAsync(params object?[] values)
        {
            _pending.Add(values);
            if (_pending.Count == RowsPerInsert)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        public async Task FlushAsync()
        {
            if (_pending.Count == 0)
            {
                return;
            }
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            for (var row = 0; row < _pending.Count; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
                    text.Append(column == 0 ? name : ", " + name);
                    Sql.Add(command, name, _pending[row][column]);
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            _pending.Clear();
        }
    }
}

/// <summary>Model options as stored: a JSON array of name/value pairs, keeping their order (a later one overrides).</summary>
internal static class OptionsJson
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Write(IReadOnlyList<ModelOption> options) => JsonSerializer.Serialize(options, Json);

    public static IReadOnlyList<ModelOption> Read(string json) =>
        JsonSerializer.Deserialize<List<ModelOption>>(json, Json) ?? [];
}
