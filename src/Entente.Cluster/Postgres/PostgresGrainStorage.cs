using System.Globalization;
using Npgsql;
using Orleans.Storage;

namespace Entente.Cluster;

/// <summary>
/// Grain records in PostgreSQL, one row per grain and state, written with an etag so that two activations of one
/// grain (a silo declared dead that was not) cannot overwrite each other. The records survive every silo: a job
/// whose silos all died resumes from them when one returns.
/// </summary>
internal sealed class PostgresGrainStorage(string connectionString, string serviceId, IGrainStorageSerializer serializer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Guard(() => ReadStateCore(stateName, grainId, grainState));

    private async Task ReadStateCore<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT etag, payload FROM entente_grain_state WHERE service_id = @s AND grain_id = @g AND state_name = @n", connection);
        Key(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.ETag = reader.GetString(0);
            grainState.State = serializer.Deserialize<T>(BinaryData.FromBytes(reader.GetFieldValue<byte[]>(1)));
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Guard(() => WriteStateCore(stateName, grainId, grainState));

    private async Task WriteStateCore<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(grainState.ETag is null
            ? "INSERT INTO entente_grain_state (service_id, grain_id, state_name, etag, payload) VALUES (@s, @g, @n, @e, @p) ON CONFLICT DO NOTHING"
            : "UPDATE entente_grain_state SET etag = @e, payload = @p WHERE service_id = @s AND grain_id = @g AND state_name = @n AND etag = @old", connection);
        Key(command, stateName, grainId);
        command.Parameters.AddWithValue("e", etag);
        command.Parameters.AddWithValue("p", serializer.Serialize(grainState.State).ToArray());
        if (grainState.ETag is { } old)
        {
            command.Parameters.AddWithValue("old", old);
        }
        if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
        {
            throw new InconsistentStateException($"the record of {grainId} ({stateName}) was changed by another activation", "?", grainState.ETag ?? "none");
        }
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Guard(() => ClearStateCore(stateName, grainId, grainState));

    private async Task ClearStateCore<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "DELETE FROM entente_grain_state WHERE service_id = @s AND grain_id = @g AND state_name = @n", connection);
        Key(command, stateName, grainId);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    // Npgsql's exceptions have no Orleans codec: a client would see "could not find a codec" rather than the cause.
    private static async Task Guard(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new OrleansException($"the cluster's records in PostgreSQL: {e.Message}");
        }
    }

    private void Key(NpgsqlCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("g", grainId.ToString());
        command.Parameters.AddWithValue("n", stateName);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }
}
