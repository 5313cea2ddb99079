using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Entente.Storage;

/// <summary>The forecast ledger's SQL, the same for both databases; each change runs inside the caller's transaction.</summary>
internal static class LedgerStore
{
    /// <summary>Seals run <paramref name="runId"/>: hashes its inputs and output as stored now.</summary>
    public static async Task<LedgerChange> SealAsync(DbConnection connection, DbTransaction transaction, long runId, string? note, DateTimeOffset now,
        CancellationToken cancellation)
    {
        if (await Sql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM ledger WHERE run_id = @id", cancellation, ("@id", runId)).ConfigureAwait(false) is { } n
            && Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return LedgerChange.AlreadySealed;
        }
        string inputs, outputs, codeVersion;
        await using (var read = Sql.Command(connection, transaction,
            "SELECT scenario_text, model, options_json, seed, round_limit, code_version, result_json, summary_json FROM runs WHERE id = @id", ("@id", runId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                return LedgerChange.NoSuchRun;
            }
            // Each field prefixed by its length, so no two different inputs hash alike by moving a boundary.
            var roundLimit = reader.IsDBNull(4) ? "" : Sql.Int(reader, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            inputs = Hash(string.Concat(new[] { reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), roundLimit }
                .Select(f => $"{f.Length}:{f}\n")));
            codeVersion = reader.GetString(5);
            outputs = Hash(Sql.Text(reader, 6) ?? Sql.Text(reader, 7) ?? "");
        }
        await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO ledger (run_id, sealed_at, note, inputs_sha256, outputs_sha256, code_version) VALUES (@id, @at, @note, @inputs, @outputs, @code)",
            cancellation, ("@id", runId), ("@at", Sql.Time(now)), ("@note", note), ("@inputs", inputs), ("@outputs", outputs), ("@code", codeVersion)).ConfigureAwait(false);
        return LedgerChange.Done;
    }

    /// <summary>Records the outcomes of sealed run <paramref name="runId"/>, once.</summary>
    public static async Task<LedgerChange> GradeAsync(DbConnection connection, DbTransaction transaction, long runId, IReadOnlyDictionary<string, double> outcomes,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var changed = await Sql.ExecuteAsync(connection, transaction,
            "UPDATE ledger SET graded_at = @at, outcomes_json = @outcomes WHERE run_id = @id AND graded_at IS NULL", cancellation,
            ("@id", runId), ("@at", Sql.Time(now)), ("@outcomes", JsonSerializer.Serialize(outcomes))).ConfigureAwait(false);
        if (changed > 0)
        {
            return LedgerChange.Done;
        }
        if (await Count(connection, transaction, "SELECT COUNT(*) FROM ledger WHERE run_id = @id", runId, cancellation).ConfigureAwait(false) > 0)
        {
            return LedgerChange.AlreadyGraded;
        }
        return await Count(connection, transaction, "SELECT COUNT(*) FROM runs WHERE id = @id", runId, cancellation).ConfigureAwait(false) > 0
            ? LedgerChange.NotSealed
            : LedgerChange.NoSuchRun;
    }

    /// <summary>Every entry, in run order.</summary>
    public static async Task<IReadOnlyList<LedgerEntry>> ListAsync(DbConnection connection, CancellationToken cancellation)
    {
        var entries = new List<LedgerEntry>();
        await using var command = Sql.Command(connection, null,
            "SELECT run_id, sealed_at, note, inputs_sha256, outputs_sha256, code_version, graded_at, outcomes_json FROM ledger ORDER BY run_id");
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            entries.Add(new LedgerEntry
            {
                RunId = Sql.Long(reader, 0),
                SealedAt = Sql.ParseTime(reader.GetString(1)),
                Note = Sql.Text(reader, 2),
                InputsSha256 = reader.GetString(3),
                OutputsSha256 = reader.GetString(4),
                CodeVersion = reader.GetString(5),
                GradedAt = Sql.Text(reader, 6) is { } graded ? Sql.ParseTime(graded) : null,
                Outcomes = Sql.Text(reader, 7) is { } json
                    ? JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? []
                    : new Dictionary<string, double>(),
            });
        }
        return entries;
    }

    private static async Task<long> Count(DbConnection connection, DbTransaction transaction, string sql, long id, CancellationToken cancellation) =>
        Convert.ToInt64(await Sql.ScalarAsync(connection, transaction, sql, cancellation, ("@id", id)).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
