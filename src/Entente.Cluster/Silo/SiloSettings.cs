using System.Net;

namespace Entente.Cluster;

/// <summary>How one silo joins a cluster (<c>entente silo</c>).</summary>
public sealed record SiloSettings
{
    /// <summary>The default cluster id; silos and clients of one cluster share it.</summary>
    public const string DefaultClusterId = "entente";

    /// <summary>Silos with the same id form one cluster.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>The port clients (<c>--cluster HOST:PORT</c>) connect to.</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>
    /// How silos find each other: <c>localhost</c> (one machine; the silo on <see cref="PrimarySiloPort"/> is the
    /// meeting point, and job records live in memory) or a <c>postgres://user:password@host:port/database</c> URL
    /// (any number of machines; membership and job records in that database).
    /// </summary>
    public string Membership { get; init; } = "localhost";

    /// <summary>With <c>localhost</c> membership, the silo port of the silo every other joins through.</summary>
    public int PrimarySiloPort { get; init; } = 11111;

    /// <summary>The address other silos and clients reach this one at (loopback by default; a machine's own address on a real cluster).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Problems with the settings, one sentence each.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, port) in new[] { ("port", SiloPort), ("gateway port", GatewayPort), ("primary silo port", PrimarySiloPort) })
        {
            if (port is < 1 or > 65535)
            {
                problems.Add($"{name} must be 1-65535 (got {port})");
            }
        }
        if (SiloPort == GatewayPort)
        {
            problems.Add("the silo port and the gateway port must differ");
        }
        if (string.IsNullOrWhiteSpace(ClusterId))
        {
            problems.Add("the cluster id must not be empty");
        }
        if (Membership != "localhost" && PostgresUrl.ToConnectionString(Membership) is null)
        {
            problems.Add($"membership must be 'localhost' or postgres://user:password@host:port/database (got '{Membership}')");
        }
        return problems;
    }
}
