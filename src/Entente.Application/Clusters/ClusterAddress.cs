using System.Globalization;

namespace Entente.Application;

/// <summary>A cluster gateway's address as the user writes it: <c>HOST:PORT</c>.</summary>
public static class ClusterAddress
{
    /// <summary>The host and port of <paramref name="address"/>, or null when it is not HOST:PORT with a port of 1-65535.</summary>
    public static (string Host, int Port)? Parse(string? address)
    {
        var colon = address?.LastIndexOf(':') ?? -1;
        if (address is null || colon <= 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            return null;
        }
        return (address[..colon].Trim('[', ']'), port);
    }

    /// <summary>Whether <paramref name="address"/> is HOST:PORT.</summary>
    public static bool IsValid(string? address) => Parse(address) is not null;
}
