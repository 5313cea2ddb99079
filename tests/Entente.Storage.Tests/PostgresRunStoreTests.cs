using System.Data.Common;
using Entente.Storage.Postgres;
using Entente.Storage.Tests.Infrastructure;
using Npgsql;

namespace Entente.Storage.Tests;

/// <summary>
/// The store contract on a real PostgreSQL server (see <see cref="PostgresEnvironment"/>), each test in a schema
/// it creates and drops.
/// </summary>
[NeedsPostgres]
public sealed class PostgresRunStoreTests : RunStoreContract
{
    private readonly string _schema = "entente_test_" + Guid.NewGuid().ToString("N");
    private readonly string _connectionString;

    public PostgresRunStoreTests()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString()) { Pooling = false };
        using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", admin);
            create.ExecuteNonQuery();
        }
        builder.SearchPath = _schema;
        _connectionString = builder.ConnectionString;
    }

    private protected override IRunStore Open() => PostgresRunStore.Open(_connectionString, Clock);

    private protected override DbConnection OpenRaw()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override void Dispose()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }

    [StoreFact]
    public void An_unreachable_server_is_reported_in_one_line_without_the_password()
    {
        var address = "postgres://someone:s3cret@127.0.0.1:1/nowhere";

        var refused = Assert.Throws<StoreException>(() => PostgresRunStore.Open(address, Clock));

        Assert.StartsWith("postgres://someone@127.0.0.1:1/nowhere: ", refused.Message);
        Assert.DoesNotContain("s3cret", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }
}
