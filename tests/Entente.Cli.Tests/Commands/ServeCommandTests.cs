using System.Net;
using System.Net.Sockets;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente serve</c>: its arguments and a port it cannot have; <c>entente tokens create</c>.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--bind", "localhost-ish", "is not an IP address")]
    [InlineData("--port", "70000", "--port must be between 0 and 65535")]
    public void Bad_arguments_are_exit_code_2(string option, string value, string message)
    {
        var result = Cli.Run("serve", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var store = Path.Combine(Path.GetTempPath(), $"entente-serve-{Guid.NewGuid():N}.db");

        var result = Cli.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", store);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_is_printed_once_and_only_its_hash_is_stored()
    {
        var store = Path.Combine(Path.GetTempPath(), $"entente-tokens-{Guid.NewGuid():N}.db");
        try
        {
            var first = Cli.Run("tokens", "create", "--role", "analyst", "--label", "team", "--store", store);
            var second = Cli.Run("tokens", "create", "--role", "reader", "--store", store);

            Assert.Equal(0, first.ExitCode);
            var token = first.Out.Trim();
            Assert.StartsWith("ent_", token, StringComparison.Ordinal);
            Assert.True(token.Length > 40, "a token should carry 256 random bits");
            Assert.NotEqual(token, second.Out.Trim());
            Assert.Contains("analyst token", first.Error, StringComparison.Ordinal);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = File.ReadAllText(store, System.Text.Encoding.Latin1);
            Assert.DoesNotContain(token, bytes, StringComparison.Ordinal);
            Assert.Contains(Application.TokenService.Hash(token), bytes, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(store);
        }
    }

    [Fact]
    public void A_role_that_is_not_one_of_the_three_is_refused()
    {
        var result = Cli.Run("tokens", "create", "--role", "root", "--store", Path.Combine(Path.GetTempPath(), "never-created.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never-created.db")));
    }
}
