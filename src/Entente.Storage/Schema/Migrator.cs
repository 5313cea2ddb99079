using System.Data.Common;
using System.Globalization;

namespace Entente.Storage.Schema;

/// <summary>Brings a store's schema up to <see cref="RunSchema.Latest"/> on open, each step once, in one transaction.</summary>
internal static class Migrator
{
    public static void Apply(DbConnection connection, SqlDialect dialect, TimeProvider clock, string location)
    {
        using var transaction = connection.BeginTransaction();
        if (dialect.MigrationLock is { } lockSql)
        {
            Sql.Execute(connection, transaction, lockSql);
        }
        Sql.Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");

        var current = Convert.ToInt32(Sql.Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current > RunSchema.Latest)
        {
            // Never downgrade: an older build would misread columns it does not know.
            throw new StoreException($"{location}: the run store has schema version {current}, newer than this Entente understands ({RunSchema.Latest}); upgrade Entente");
        }

        foreach (var migration in RunSchema.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                Sql.Execute(connection, transaction, dialect.Expand(statement));
            }
            Sql.Execute(connection, transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @applied)",
                ("@version", migration.Version), ("@description", migration.Description), ("@applied", Sql.Time(clock.GetUtcNow())));
        }
        transaction.Commit();
    }
}
