using Entente.Storage.Postgres;

namespace Entente.Storage.Tests;

/// <summary>Where runs live when the user names no store, and how <c>--store</c> values are read.</summary>
public class StoreLocationTests
{
    [Fact]
    public void The_default_store_is_under_XDG_DATA_HOME_when_it_is_set()
    {
        var path = StoreLocation.DefaultSqlitePath(name => name == "XDG_DATA_HOME" ? "/data/alice" : "/home/alice");

        Assert.Equal("/data/alice/entente/runs.db", path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")]
    public void Otherwise_it_is_under_the_home_folder_local_share(string? xdg)
    {
        var path = StoreLocation.DefaultSqlitePath(name => name == "XDG_DATA_HOME" ? xdg : "/home/alice");

        Assert.Equal("/home/alice/.local/share/entente/runs.db", path);
    }

    [Theory]
    [InlineData("postgres://u:p@db.example:5433/runs", true)]
    [InlineData("postgresql://u@db.example/runs", true)]
    [InlineData("Host=db.example;Database=runs;Username=u", true)]
    [InlineData("/var/lib/entente/runs.db", false)]
    [InlineData("runs.db", false)]
    public void A_store_value_names_postgres_by_its_url_or_connection_string(string value, bool postgres)
    {
        Assert.Equal(postgres, PostgresAddress.IsPostgres(value));
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_every_part()
    {
        var builder = PostgresAddress.Parse("postgres://ana%40lab:p%3Ass@db.example:5433/entente_runs?sslmode=disable");

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("entente_runs", builder.Database);
        Assert.Equal("ana@lab", builder.Username);
        Assert.Equal("p:ss", builder.Password);
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
        Assert.Equal("postgres://ana%40lab@db.example:5433/entente_runs", PostgresAddress.Describe(builder));
    }

    [Fact]
    public void A_url_without_a_port_uses_5432()
    {
        Assert.Equal(5432, PostgresAddress.Parse("postgres://u@localhost/runs").Port);
    }

    [Fact]
    public void A_malformed_address_is_a_store_error_that_hides_the_password()
    {
        var refused = Assert.Throws<StoreException>(() => PostgresAddress.Parse("postgres://u:secret@host:notaport/db"));

        Assert.DoesNotContain("secret", refused.Message);
    }

    [Theory]
    [InlineData("postgress://user:S3cret@db.example/runs")]
    [InlineData("mysql://user:S3cret@db.example/runs")]
    [InlineData("sqlite://user:S3cret@runs.db")]
    public void A_url_with_an_unknown_scheme_is_an_error_that_shows_no_password_and_creates_nothing(string value)
    {
        // Read as a SQLite path, the value would create a folder named after its scheme in the working directory.
        var folder = Path.GetFullPath(value[..(value.IndexOf("://", StringComparison.Ordinal) + 1)]);

        var e = Assert.Throws<StoreException>(() => StoreLocation.Open(value, TimeProvider.System));

        Assert.Contains("unknown run store scheme", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cret", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) || File.Exists(folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("postgres://")]
    [InlineData("postgres:///runs")]
    public void An_empty_store_or_a_postgres_url_without_a_host_is_a_store_error(string value)
    {
        Assert.Throws<StoreException>(() => StoreLocation.Open(value, TimeProvider.System));
    }
}
