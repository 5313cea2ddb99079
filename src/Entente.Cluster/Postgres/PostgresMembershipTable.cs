using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Entente.Cluster;

/// <summary>
/// Orleans' membership table in PostgreSQL: one row per silo (its entry as JSON, an etag, its last I-am-alive) and
/// one version row per cluster. Every change of a row also moves the version, both in one transaction and only if
/// the etags the caller read are still current, which is the optimistic protocol Orleans' membership relies on.
/// </summary>
internal sealed class PostgresMembershipTable(string connectionString, string clusterId) : IMembershipTable
{
    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await ClusterSchema.EnsureAsync(connectionString, CancellationToken.None).ConfigureAwait(false);
        if (tryInitTableVersion)
        {
            await using var connection = await OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                "INSERT INTO entente_cluster_version (cluster_id, version, etag) VALUES (@c, 0, @e) ON CONFLICT DO NOTHING", connection);
            command.Parameters.AddWithValue("c", clusterId);
            command.Parameters.AddWithValue("e", NewEtag());
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "DELETE FROM entente_cluster_members WHERE cluster_id = @c; DELETE FROM entente_cluster_version WHERE cluster_id = @c", connection);
        command.Parameters.AddWithValue("c", clusterId);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var all = await ReadAll().ConfigureAwait(false);
        var defunct = all.Members.Where(m => m.Item1.Status == SiloStatus.Dead && m.Item1.IAmAliveTime < beforeDate.UtcDateTime)
            .Select(m => m.Item1.SiloAddress.ToParsableString()).ToArray();
        if (defunct.Length == 0)
        {
            return;
        }
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM entente_cluster_members WHERE cluster_id = @c AND address = ANY(@a)", connection);
        command.Parameters.AddWithValue("c", clusterId);
        command.Parameters.AddWithValue("a", defunct);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadAsync(key.ToParsableString());

    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) =>
        ChangeAsync(tableVersion, "INSERT INTO entente_cluster_members (cluster_id, address, entry, etag, i_am_alive) "
            + "VALUES (@c, @a, @entry, @new, @alive) ON CONFLICT DO NOTHING", entry, etag: null);

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        ChangeAsync(tableVersion, "UPDATE entente_cluster_members SET entry = @entry, etag = @new, i_am_alive = @alive "
            + "WHERE cluster_id = @c AND address = @a AND etag = @old", entry, etag);

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "UPDATE entente_cluster_members SET i_am_alive = @alive WHERE cluster_id = @c AND address = @a", connection);
        command.Parameters.AddWithValue("c", clusterId);
        command.Parameters.AddWithValue("a", entry.SiloAddress.ToParsableString());
        command.Parameters.AddWithValue("alive", entry.IAmAliveTime.ToUniversalTime().Ticks);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<bool> ChangeAsync(TableVersion version, string change, MembershipEntry entry, string? etag)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var bump = new NpgsqlCommand(
            "UPDATE entente_cluster_version SET version = @v, etag = @new WHERE cluster_id = @c AND etag = @old", connection, transaction))
        {
            bump.Parameters.AddWithValue("c", clusterId);
            bump.Parameters.AddWithValue("v", version.Version);
            bump.Parameters.AddWithValue("new", NewEtag());
            bump.Parameters.AddWithValue("old", version.VersionEtag);
            if (await bump.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                return false;
            }
        }
        await using (var command = new NpgsqlCommand(change, connection, transaction))
        {
            command.Parameters.AddWithValue("c", clusterId);
            command.Parameters.AddWithValue("a", entry.SiloAddress.ToParsableString());
            command.Parameters.AddWithValue("entry", MembershipJson.Write(entry));
            command.Parameters.AddWithValue("new", NewEtag());
            command.Parameters.AddWithValue("alive", entry.IAmAliveTime.ToUniversalTime().Ticks);
            if (etag is not null)
            {
                command.Parameters.AddWithValue("old", etag);
            }
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                return false;
            }
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return true;
    }

    private async Task<MembershipTableData> ReadAsync(string? address)
    {
        await using var connection = await OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead).ConfigureAwait(false);
        TableVersion version;
        await using (var read = new NpgsqlCommand("SELECT version, etag FROM entente_cluster_version WHERE cluster_id = @c", connection, transaction))
        {
            read.Parameters.AddWithValue("c", clusterId);
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            version = await reader.ReadAsync().ConfigureAwait(false) ? new TableVersion(reader.GetInt32(0), reader.GetString(1)) : new TableVersion(0, "0");
        }
        var members = new List<Tuple<MembershipEntry, string>>();
        await using (var read = new NpgsqlCommand(
            "SELECT entry, etag, i_am_alive FROM entente_cluster_members WHERE cluster_id = @c AND (@a::text IS NULL OR address = @a)", connection, transaction))
        {
            read.Parameters.AddWithValue("c", clusterId);
            read.Parameters.Add(new NpgsqlParameter("a", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)address ?? DBNull.Value });
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                var entry = MembershipJson.Read(reader.GetString(0));
                entry.IAmAliveTime = new DateTime(reader.GetInt64(2), DateTimeKind.Utc);
                members.Add(Tuple.Create(entry, reader.GetString(1)));
            }
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return new MembershipTableData(members, version);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    private static string NewEtag() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}

/// <summary>A membership entry as JSON: every field Orleans keeps, silo addresses in their parsable form, times as UTC ticks.</summary>
internal static class MembershipJson
{
    private sealed record Row(
        string Address, int Status, List<(string Address, long Ticks)>? Suspects, int ProxyPort, string? HostName, string? SiloName,
        string? RoleName, int UpdateZone, int FaultZone, long StartTime, long IAmAliveTime);

    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    public static string Write(MembershipEntry entry) => JsonSerializer.Serialize(new Row(
        entry.SiloAddress.ToParsableString(), (int)entry.Status,
        entry.SuspectTimes?.Select(s => (s.Item1.ToParsableString(), s.Item2.ToUniversalTime().Ticks)).ToList(),
        entry.ProxyPort, entry.HostName, entry.SiloName, entry.RoleName, entry.UpdateZone, entry.FaultZone,
        entry.StartTime.ToUniversalTime().Ticks, entry.IAmAliveTime.ToUniversalTime().Ticks), Options);

    public static MembershipEntry Read(string json)
    {
        var row = JsonSerializer.Deserialize<Row>(json, Options) ?? throw new InvalidDataException("an empty membership row");
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(row.Address),
            Status = (SiloStatus)row.Status,
            SuspectTimes = row.Suspects?.Select(s => Tuple.Create(SiloAddress.FromParsableString(s.Address), new DateTime(s.Ticks, DateTimeKind.Utc))).ToList(),
            ProxyPort = row.ProxyPort,
            HostName = row.HostName ?? "",
            SiloName = row.SiloName ?? "",
            RoleName = row.RoleName,
            UpdateZone = row.UpdateZone,
            FaultZone = row.FaultZone,
            StartTime = new DateTime(row.StartTime, DateTimeKind.Utc),
            IAmAliveTime = new DateTime(row.IAmAliveTime, DateTimeKind.Utc),
        };
    }
}
