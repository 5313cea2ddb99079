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
            runs.Add(new RunSummary
            {
                Id = Sql.Long(reader, 0),
                Kind = RunKinds.Parse(reader.GetString(1)),
                ScenarioName = reader.GetString(2),
                ScenarioSha256 = reader.GetString(3),
                Model = reader.GetString(4),
                Seed = ulong.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                CodeVersion = reader.GetString(6),
                StartedAt = Sql.ParseTime(reader.GetString(7)),
                Elapsed = TimeSpan.FromSeconds(reader.GetDouble(8)),
                // A sweep, comparison or backtest keeps no forecast rows: its summary says how many issues it covered.
                IssueCount = Sql.Int(reader, 9) is > 0 and var forecasts ? forecasts : SummaryIssues.Count(Sql.Text(reader, 10)),
            });
        }
        return runs;
    }

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
        return new StoredRun
        {
            Id = Sql.Long(reader, 0),
            Kind = RunKinds.Parse(reader.GetString(1)),
            Scenario = new ScenarioSource(reader.GetString(2), reader.GetString(4), Sql.Text(reader, 3)),
            ScenarioSha256 = reader.GetString(5),
            Model = reader.GetString(6),
            Options = OptionsJson.Read(reader.GetString(7)),
            Seed = ulong.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
            RoundLimit = reader.IsDBNull(9) ? null : Sql.Int(reader, 9),
            CodeVersion = reader.GetString(10),
            StartedAt = Sql.ParseTime(reader.GetString(11)),
            Elapsed = TimeSpan.FromSeconds(reader.GetDouble(12)),
            ResultJson = Sql.Text(reader, 13),
            SummaryJson = Sql.Text(reader, 14),
            Issues = [],
        };
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
                var key = (reader.GetString(0), Sql.Int(reader, 1));
                if (!positions.TryGetValue(key, out var list))
                {
                    positions[key] = list = [];
                }
                list.Add(new ActorPosition(reader.GetString(2), Sql.Double(reader, 3)));
            }
        }

        var rounds = new Dictionary<string, List<StoredRound>>();
        await using (var command = Sql.Command(connection, transaction,
            "SELECT issue_id, round, weighted_mean, weighted_median FROM round_statistics WHERE run_id = @id ORDER BY issue_id, round", ("@id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var issue = reader.GetString(0);
                var round = Sql.Int(reader, 1);
                if (!rounds.TryGetValue(issue, out var list))
                {
                    rounds[issue] = list = [];
                }
                list.Add(new StoredRound(round, Sql.Double(reader, 2), Sql.Double(reader, 3),
                    positions.TryGetValue((issue, round), out var at) ? at : []));
            }
        }

        var issues = new List<StoredIssue>();
        await using (var command = Sql.Command(connection, transaction,
            "SELECT issue_id, forecast, weighted_mean, weighted_median, stopping_reason FROM issue_forecasts WHERE run_id = @id ORDER BY ordinal", ("@id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var issue = reader.GetString(0);
                issues.Add(new StoredIssue(issue, Sql.Double(reader, 1), Sql.Double(reader, 2), Sql.Double(reader, 3), Sql.Text(reader, 4),
                    rounds.TryGetValue(issue, out var list) ? list : []));
            }
        }
        return issues;
    }
}
