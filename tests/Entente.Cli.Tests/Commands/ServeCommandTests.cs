using System.Net;
using System.Net.Sockets;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente serve</c>: its arguments, loopback only until the API has tokens, and a port it cannot have.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Any_address_but_loopback_is_refused_until_tokens_exist(string address)
    {
        var result = Cli.Run("serve", "--bind", address);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only a loopback address", result.Error, StringComparison.Ordinal);
        Assert.Contains("tokens", result.Error, StringComparison.Ordinal);
    }

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
}
