using System.Data.Common;
using Entente.Storage.Schema;

namespace Entente.Storage;

/// <summary>
/// <c>entente runs check</c>: the database's integrity check, the schema (every table and column the reader needs),
/// rows that belong to no run, and each run read whole with its documents validated. Damage is collected, not thrown.
/// </summary>
internal static class StoreChecker
{
    // What the reader selects, table by table: a store lacking one of these cannot be read.
    private static readonly (string Table, string Columns)[] Needed =
    [
        ("runs", "id, kind, scenario_name, scenario_file, scenario_text, scenario_sha256, model, options_json, seed, round_limit, code_version, started_at, elapsed_seconds, result_json, summary_json"),
        ("issue_forecasts", "run_id, issue_id, ordinal, forecast, weighted_mean, weighted_median, stopping_reason, scale_min, scale_max"),
        ("round_statistics", "run_id, issue_id, round, weighted_mean, weighted_median"),
        ("positions", "run_id, issue_id, round, actor, ordinal, position"),
        ("schema_version", "version, description, applied_at"),
    ];

    /// <summary>
    /// Runs the integrity check <paramref name="check"/> (a statement whose rows are findings, "ok" alone when sound):
    /// null when sound, else the first findings on one line and how many more there were.
    /// </summary>
    public static async Task<string?> IntegrityAsync(DbConnection connection, string check, CancellationToken cancellation)
    {
        const int Shown = 5;
        var findings = new List<string>();
        var more = 0;
        try
        {
            await using var command = Sql.Command(connection, null, check);
            await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                foreach (var line in DamagedRunException.Shown(reader, 0).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (line.StartsWith("*** in database", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    if (findings.Count < Shown)
                    {
                        findings.Add(line);
                    }
                    else
                    {
                        more++;
                    }
                }
            }
        }
        catch (DbException e)
        {
            findings.Add(e.Message.ReplaceLineEndings(" ").Trim());
        }
        if (findings is ["ok"] && more == 0)
        {
            return null;
        }
        return string.Join("; ", findings) + (more > 0 ? $"; {more} more" : "");
    }

    public static async Task<StoreCheck> CheckAsync(DbConnection connection, SqlDialect dialect, string location, CancellationToken cancellation)
    {
        var problems = new List<string>();
        var integrity = await dialect.IntegrityAsync(connection, cancellation).ConfigureAwait(false);
        if (integrity is not (null or "ok"))
        {
            problems.Add($"the database's integrity check failed: {integrity}");
        }

        var readable = true;
        foreach (var (table, columns) in Needed)
        {
            try
            {
                await Sql.ExecuteAsync(connection, null, $"SELECT {columns} FROM {table} WHERE 1 = 0", cancellation).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                readable = false;
                problems.Add($"table {table} cannot be read as the schema has it ({columns}): {e.Message.ReplaceLineEndings(" ").Trim()}");
            }
        }
        if (!readable)
        {
            return new StoreCheck { Location = location, Integrity = integrity, Problems = problems };
        }

        foreach (var (table, _) in Needed.Skip(1).Take(3))
        {
            var orphans = Convert.ToInt64(await Sql.ScalarAsync(connection, null,
                $"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM runs r WHERE r.id = t.run_id)", cancellation).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
            if (orphans > 0)
            {
                problems.Add($"table {table}: {orphans} row(s) belong to no run");
            }
        }

        var ids = new List<long>();
        await using (var command = Sql.Command(connection, null, "SELECT id FROM runs ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                ids.Add(Sql.Long(reader, 0));
            }
        }
        var damaged = new List<RunDamage>();
        foreach (var id in ids)
        {
            try
            {
                await RunReader.FindAsync(connection, id, cancellation).ConfigureAwait(false);
            }
            catch (DamagedRunException e)
            {
                damaged.Add(new RunDamage(id, e.Message));
            }
            catch (DbException e)
            {
                damaged.Add(new RunDamage(id, e.Message.ReplaceLineEndings(" ").Trim()));
            }
        }
        return new StoreCheck { Location = location, Integrity = integrity, Problems = problems, RunsChecked = ids.Count, DamagedRuns = damaged };
    }
}
