using Npgsql;

namespace Entente.Cluster;

/// <summary>The tables a PostgreSQL-backed cluster keeps: its membership and its grains' records. Created when missing.</summary>
internal static class ClusterSchema
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS entente_cluster_version (
            cluster_id text PRIMARY KEY,
            version integer NOT NULL,
            etag text NOT NULL);
        CREATE TABLE IF NOT EXISTS entente_cluster_members (
            cluster_id text NOT NULL,
            address text NOT NULL,
            entry text NOT NULL,
            etag text NOT NULL,
            i_am_alive bigint NOT NULL,
            PRIMARY KEY (cluster_id, address));
        CREATE TABLE IF NOT EXISTS entente_grain_state (
            service_id text NOT NULL,
            grain_id text NOT NULL,
            state_name text NOT NULL,
            etag text NOT NULL,
            payload bytea NOT NULL,
            PRIMARY KEY (service_id, grain_id, state_name));
        """;

    /// <summary>Creates the tables that are missing (several silos may start at once: a lock serialises them).</summary>
    public static async Task EnsureAsync(string connectionString, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7316251)", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }
        await using (var command = new NpgsqlCommand(Create, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
    }
}
