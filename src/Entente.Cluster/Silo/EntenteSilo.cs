using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Entente.Cluster;

/// <summary>An Orleans silo that runs Entente's trial ranges (<c>entente silo</c>).</summary>
public static class EntenteSilo
{
    /// <summary>The service id every Entente silo and client shares (grain records are keyed by it).</summary>
    public const string ServiceId = "entente";

    /// <summary>
    /// Long enough for the longest range: a call fails when its silo is declared dead, not by timing out, so a
    /// generous timeout costs nothing on a healthy cluster.
    /// </summary>
    internal static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Builds and starts a silo; dispose the host to leave the cluster.</summary>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public static async Task<IHost> StartAsync(SiloSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(settings));
        }
        var host = new HostBuilder().UseOrleans(silo => Configure(silo, settings)).Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        return host;
    }

    /// <summary>Configures <paramref name="silo"/> for <paramref name="settings"/>: clustering, job records, timeouts.</summary>
    internal static void Configure(ISiloBuilder silo, SiloSettings settings)
    {
        if (settings.Membership == "localhost")
        {
            var primary = settings.SiloPort == settings.PrimarySiloPort ? null : new IPEndPoint(IPAddress.Loopback, settings.PrimarySiloPort);
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primary, ServiceId, settings.ClusterId);
            silo.AddMemoryGrainStorage(StorageNames.Jobs);
        }
        else
        {
            var connection = PostgresUrl.ToConnectionString(settings.Membership)!;
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(settings.Address));
            silo.Services.AddSingleton<IMembershipTable>(_ => new PostgresMembershipTable(connection, settings.ClusterId));
            AddPostgresRecords(silo, connection);
        }
        ConfigureLiveness(silo);
    }

    /// <summary>Job records in PostgreSQL (<see cref="PostgresGrainStorage"/>).</summary>
    internal static void AddPostgresRecords(ISiloBuilder silo, string connection) =>
        silo.Services.AddGrainStorage(StorageNames.Jobs, (services, _) =>
            new PostgresGrainStorage(connection, ServiceId, services.GetRequiredService<IGrainStorageSerializer>()));

    /// <summary>A dead silo is noticed in seconds, so its ranges move elsewhere soon; calls wait as long as a range takes.</summary>
    internal static void ConfigureLiveness(ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 2;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
    }
}
