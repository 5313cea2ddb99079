using System.Data.Common;

namespace Entente.Storage.Postgres;

/// <summary>
/// The store's tables and indexes checked with PostgreSQL's amcheck extension: <c>verify_heapam</c> reads every page
/// of each table of the store's schema, <c>bt_index_check</c> (with the heap-all-indexed check) every index. amcheck
/// ships with PostgreSQL but is installed per database by a superuser, who grants its functions
/// (<c>CREATE EXTENSION amcheck; GRANT EXECUTE ON FUNCTION verify_heapam, bt_index_check TO …</c>); where it is not,
/// there is no check to run and the store says so rather than claiming soundness.
/// </summary>
internal static class PostgresIntegrity
{
    // The schema amcheck was installed in, where this role may run both functions.
    private const string Installed = """
        SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'amcheck'
          AND (SELECT count(DISTINCT p.proname) FROM pg_proc p
               WHERE p.pronamespace = e.extnamespace AND p.proname IN ('verify_heapam', 'bt_index_check')
                 AND has_function_privilege(p.oid, 'EXECUTE')) = 2
        """;

    /// <summary>"ok", what amcheck found (tables' findings, then the first index that fails), or null without amcheck.</summary>
    public static async Task<string?> CheckAsync(DbConnection connection, CancellationToken cancellation)
    {
        await using var find = Sql.Command(connection, null, Installed);
        if (await find.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not string schema)
        {
            return null;
        }
        var amcheck = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var heap = $"""
            SELECT c.relname || ', block ' || v.blkno || ': ' || v.msg
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, LATERAL {amcheck}.verify_heapam(c.oid) v
            WHERE n.nspname = current_schema() AND c.relkind = 'r'
            """;
        // Its rows are findings: none is sound.
        if (await StoreChecker.IntegrityAsync(connection, heap, cancellation).ConfigureAwait(false) is { Length: > 0 } finding)
        {
            return finding;
        }
        // An index that fails raises an error: the first one's message is the finding.
        var indexes = $"""
            SELECT {amcheck}.bt_index_check(i.indexrelid, true) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
            WHERE n.nspname = current_schema() AND a.amname = 'btree'
            """;
        try
        {
            await using var check = Sql.Command(connection, null, indexes);
            await check.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            return e.Message.ReplaceLineEndings(" ").Trim();
        }
        return "ok";
    }
}
