using System.Data.Common;

namespace Entente.Storage.Schema;

/// <summary>What differs between the databases; everything else (tables, queries, parameters) is shared.</summary>
internal abstract class SqlDialect
{
    /// <summary>Column type of an auto-numbered 64-bit primary key.</summary>
    protected abstract string IdentityColumn { get; }

    /// <summary>Column type of a 64-bit integer.</summary>
    protected abstract string BigIntColumn { get; }

    /// <summary>Column type of a 64-bit floating-point number.</summary>
    protected abstract string FloatColumn { get; }

    /// <summary>
    /// Serialises migrations between processes that open the same store at once; runs first inside the
    /// migration transaction. Null when the transaction itself already excludes other writers.
    /// </summary>
    public abstract string? MigrationLock { get; }

    /// <summary>The statement that runs the database's own integrity check (rows of findings, "ok" when sound); null when it has none to run.</summary>
    public virtual string? IntegrityCheck => null;

    /// <summary>
    /// Runs the database's own integrity check on the store: null when the database offers none to run, "ok" when sound,
    /// else what it found on one line.
    /// </summary>
    public virtual async Task<string?> IntegrityAsync(DbConnection connection, CancellationToken cancellation) =>
        IntegrityCheck is { } check ? await StoreChecker.IntegrityAsync(connection, check, cancellation).ConfigureAwait(false) ?? "ok" : null;

    /// <summary>A quicker integrity check, run before every save and list (rows of findings, "ok" when sound); null when it has none.</summary>
    public virtual string? QuickCheck => null;

    /// <summary>Settings applied to every new connection.</summary>
    public virtual void Configure(DbConnection connection)
    {
    }

    /// <summary>Replaces the schema's placeholders with this database's types.</summary>
    public string Expand(string sql) => sql
        .Replace("{id}", IdentityColumn, StringComparison.Ordinal)
        .Replace("{bigint}", BigIntColumn, StringComparison.Ordinal)
        .Replace("{float}", FloatColumn, StringComparison.Ordinal);
}
