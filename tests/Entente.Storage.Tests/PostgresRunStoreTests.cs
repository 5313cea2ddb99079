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
    public async Task The_check_runs_amcheck_over_every_table_and_index_of_the_store()
    {
        // eng/postgres-for-tests.sh installs amcheck in the test database and grants its functions to the test role.
        using var store = Open();
        TwoRuns(store);
        Execute("CREATE TABLE stray (id BIGINT PRIMARY KEY)");
        Execute("INSERT INTO stray VALUES (1), (2)");

        var check = await store.CheckAsync();
        var tables = Scalar("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");

        Assert.Equal("ok", check.Integrity);
        Assert.True(check.Clean);
        Assert.True(tables >= 6, $"the store's schema holds {tables} tables");
    }

    [StoreFact]
    public async Task A_function_of_amcheck_s_name_in_the_store_s_schema_is_not_taken_for_amcheck()
    {
        using var store = Open();
        TwoRuns(store);
        // The store's schema comes first on the search path; the check calls the extension's functions by their schema.
        Execute("CREATE FUNCTION verify_heapam(regclass) RETURNS SETOF record LANGUAGE sql AS 'SELECT NULL::record WHERE false'");

        await using var connection = OpenRaw();
        var integrity = await PostgresIntegrity.CheckAsync(connection, CancellationToken.None);

        Assert.Equal("ok", integrity);
    }

    private long Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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
