using System.Data.Common;
using System.Globalization;

namespace Entente.Storage;

/// <summary>Reads runs back, reassembling the normalised rows into issues and rounds.</summary>
internal static class RunReader
{
    public static async Task<IReadOnlyList<RunSummary>> ListAsync(DbConnection connection, CancellationToken cancellation)
    {
        const string Text = """
            SELECT r.id, r.kind, r.scenario_name, r.scenario_sha256, r.model, r.seed, r.code_version, r.started_at, r.elapsed_seconds,
                   (SELECT COUNT(*) FROM issue_forecasts f WHERE f.run_id = r.id), r.summary_json
            FROM runs r
            ORDER BY r.id
            """;
        await using var command = Sql.Command(connection, null, Text);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var runs = new List<RunSummary>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            // A row that cannot be read whole is listed as damaged, naming the column: one bad row never hides the others.
            var id = Sql.Long(reader, 0);
            try
            {
                runs.Add(Summary(reader, id));
            }
            catch (DamagedRunException e)
            {
                runs.Add(new RunSummary
                {
                    Id = id,
                    Kind = RunKind.Forecast,
                    ScenarioName = reader.IsDBNull(2) ? "" : DamagedRunException.Shown(reader, 2),
                    ScenarioSha256 = "",
                    Model = reader.IsDBNull(4) ? "" : DamagedRunException.Shown(reader, 4),
                    Seed = 0,
                    CodeVersion = "",
                    StartedAt = DateTimeOffset.UnixEpoch,
                    Elapsed = TimeSpan.Zero,
                    IssueCount = 0,
                    Damage = e.Message,
                });
            }
        }
        return runs;
    }

    private static RunSummary Summary(DbDataReader reader, long id) => new()
    {
        Id = id,
        Kind = DamagedRunException.Column("kind", () => RunKinds.Parse(reader.GetString(1))),
        ScenarioName = DamagedRunException.Column("scenario_name", () => reader.GetString(2)),
        ScenarioSha256 = DamagedRunException.Column("scenario_sha256", () => reader.GetString(3)),
        Model = DamagedRunException.Column("model", () => reader.GetString(4)),
        Seed = DamagedRunException.Column("seed", () => ulong.Parse(reader.GetString(5), CultureInfo.InvariantCulture)),
        CodeVersion = DamagedRunException.Column("code_version", () => reader.GetString(6)),
        StartedAt = DamagedRunException.Column("started_at", () => Sql.ParseTime(reader.GetString(7))),
        Elapsed = DamagedRunException.Column("elapsed_seconds", () => TimeSpan.FromSeconds(reader.GetDouble(8))),
        // A sweep, comparison or backtest keeps no forecast rows: its summary says how many issues it covered.
        IssueCount = Sql.Int(reader, 9) is > 0 and var forecasts ? forecasts : DamagedRunException.Column("summary_json", () => SummaryIssues.Count(Sql.Text(reader, 10))),
    };

    /// <summary>
    /// The run with <paramref name="id"/>, whole; null when there is none.
    /// </summary>
    /// <exception cref="DamagedRunException">A column of the run or of its rows cannot be read, or its document is not a JSON object.</exception>
    public static async Task<StoredRun?> FindAsync(DbConnection connection, long id, CancellationToken cancellation)
    {
        // One snapshot for all four queries, so a concurrent delete cannot leave a run without its rows.
        await using var transaction = await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        var run = await ReadRunAsync(connection, transaction, id, cancellation).ConfigureAwait(false);
        if (run is null)
        {
            return null;
        }
        var found = run with { Issues = await ReadIssuesAsync(connection, transaction, id, cancellation).ConfigureAwait(false) };
        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        return found;
    }

    private static async Task<StoredRun?> ReadRunAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellation)
    {
        const string Text = """
            SELECT id, kind, scenario_name, scenario_file, scenario_text, scenario_sha256, model, options_json, seed, round_limit,
                   code_version, started_at, elapsed_seconds, result_json, summary_json
            FROM runs WHERE id = @id
            """;
        await using var command = Sql.Command(connection, transaction, Text, ("@id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            return null;
        }
        var run = new StoredRun
        {
            Id = Sql.Long(reader, 0),
            Kind = DamagedRunException.Column("kind", () => RunKinds.Parse(reader.GetString(1))),
            Scenario = DamagedRunException.Column("scenario_text", () => new ScenarioSource(reader.GetString(2), reader.GetString(4), Sql.Text(reader, 3))),
            ScenarioSha256 = DamagedRunException.Column("scenario_sha256", () => reader.GetString(5)),
            Model = DamagedRunException.Column("model", () => reader.GetString(6)),
            Options = DamagedRunException.Column("options_json", () => OptionsJson.Read(reader.GetString(7))),
            Seed = DamagedRunException.Column("seed", () => ulong.Parse(reader.GetString(8), CultureInfo.InvariantCulture)),
            RoundLimit = DamagedRunException.Column("round_limit", () => reader.IsDBNull(9) ? (int?)null : Sql.Int(reader, 9)),
            CodeVersion = DamagedRunException.Column("code_version", () => reader.GetString(10)),
            StartedAt = DamagedRunException.Column("started_at", () => Sql.ParseTime(reader.GetString(11))),
            Elapsed = DamagedRunException.Column("elapsed_seconds", () => TimeSpan.FromSeconds(reader.GetDouble(12))),
            ResultJson = DamagedRunException.Column("result_json", () => Sql.Text(reader, 13)),
            SummaryJson = DamagedRunException.Column("summary_json", () => Sql.Text(reader, 14)),
            Issues = [],
        };
        DamagedRunException.CheckDocument("result_json", run.ResultJson);
        DamagedRunException.CheckDocument("summary_json", run.SummaryJson);
        if (run.Kind == RunKind.Forecast && run.ResultJson is null)
        {
            throw new DamagedRunException("column result_json: a forecast without its result document");
        }
        return run;
    }

    private static async Task<List<StoredIssue>> ReadIssuesAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellation)
    {
        var positions = new Dictionary<(string Issue, int Round), List<ActorPosition>>();
        await using (var command = Sql.Command(connection, transaction,
            "SELECT issue_id, round, actor, position FROM positions WHERE run_id = @id ORDER BY issue_id, round, ordinal", ("@id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var (key, position) = DamagedRunException.Column("positions", () =>
                    ((reader.GetString(0), Sql.Int(reader, 1)), new ActorPosition(reader.GetString(2), Sql.Double(reader, 3))));
                if (!positions.TryGetValue(key, out var list))
                {
                    positions[key] = list = [];
                }
                list.Add(position);
            }
        }

        var rounds = new Dictionary<string, List<StoredRound>>();
        await using (var command = Sql.Command(connection, transaction,
            "SELECT issue_id, round, weighted_mean, weighted_median FROM round_statistics WHERE run_id = @id ORDER BY issue_id, round", ("@id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var (issue, round, mean, median) = DamagedRunException.Column("round_statistics", () =>
                    (reader.GetString(0), Sql.Int(reader, 1), Sql.Double(reader, 2), Sql.Double(reader, 3)));
                if (!rounds.TryGetValue(issue, out var list))
                {
                    rounds[issue] = list = [];
                }
                list.Add(new StoredRound(round, mean, median, positions.TryGetValue((issue, round), out var at) ? at : []));
            }
        }

        var issues = new List<StoredIssue>();
        await using (var command = Sql.Command(connection, transaction,
            "SELECT issue_id, forecast, weighted_mean, weighted_median, stopping_reason, scale_min, scale_max FROM issue_forecasts WHERE run_id = @id ORDER BY ordinal", ("@id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var (issue, forecast, mean, median, reason, scale) = DamagedRunException.Column("issue_forecasts", () =>
                    (reader.GetString(0), Sql.Double(reader, 1), Sql.Double(reader, 2), Sql.Double(reader, 3), Sql.Text(reader, 4), ScaleOf(reader, 5)));
                issues.Add(new StoredIssue(issue, forecast, mean, median, reason, rounds.TryGetValue(issue, out var list) ? list : []) { Scale = scale });
            }
        }
        return issues;
    }

    /// <summary>The scale in columns <paramref name="min"/> and <paramref name="min"/> + 1; null where either is NULL (a run saved before scales were stored).</summary>
    private static Domain.IssueScale? ScaleOf(DbDataReader reader, int min) =>
        reader.IsDBNull(min) || reader.IsDBNull(min + 1) ? null : new Domain.IssueScale { Min = reader.GetDouble(min), Max = reader.GetDouble(min + 1) };
}
