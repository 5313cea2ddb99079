using System.Net;
using Entente.Application;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Entente.Cluster;

/// <summary>
/// Connects to a cluster through one of its gateways (<c>--cluster HOST:PORT</c>) with an Orleans client, and gives
/// the executor of one job on it. Every silo's ranges are in flight at once: a few per silo, so that each silo's
/// thread pool always has the next range queued.
/// </summary>
public sealed class OrleansClusterConnector : IClusterConnector
{
    /// <summary>Ranges in flight per silo of the cluster.</summary>
    public const int RangesPerSilo = 4;

    /// <summary>How long a client waits for a gateway to answer before saying none did.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation)
    {
        var client = await StartClientAsync(address, clusterId, cancellation).ConfigureAwait(false);
        try
        {
            return await ExecutorAsync(client, address, clusterId, jobId, new HostLifetime(client), cancellation).ConfigureAwait(false);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>A started client of the cluster <paramref name="clusterId"/> whose gateway is at <paramref name="address"/>.</summary>
    /// <exception cref="RequestException">No silo of the cluster answered there.</exception>
    internal static async Task<IHost> StartClientAsync(string address, string? clusterId, CancellationToken cancellation)
    {
        var (host, port) = ClusterAddress.Parse(address) ?? throw new ArgumentException($"not HOST:PORT: '{address}'", nameof(address));
        var ip = IPAddress.TryParse(host, out var literal) ? literal
            : (await Dns.GetHostAddressesAsync(host, cancellation).ConfigureAwait(false)).First();
        var client = new HostBuilder().UseOrleansClient(c =>
        {
            c.UseStaticClustering(new IPEndPoint(ip, port));
            c.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId ?? SiloSettings.DefaultClusterId;
                o.ServiceId = EntenteSilo.ServiceId;
            });
            c.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = EntenteSilo.ResponseTimeout);
        }).Build();
        try
        {
            // The client would try its gateway for minutes; a user at a terminal wants to know sooner.
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            connecting.CancelAfter(ConnectTimeout);
            await client.StartAsync(connecting.Token).ConfigureAwait(false);
            return client;
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested && e is not RequestException)
        {
            client.Dispose();
            throw NoSilo(address, clusterId, e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The executor of job <paramref name="jobId"/> through a started <paramref name="client"/>, with ranges in flight
    /// for every silo the cluster has now; <paramref name="connection"/> is disposed with it (null: the client outlives it).
    /// </summary>
    /// <exception cref="RequestException">The cluster did not answer.</exception>
    internal static async Task<IClusterExecutor> ExecutorAsync(IHost client, string address, string? clusterId, string jobId, IAsyncDisposable? connection,
        CancellationToken cancellation)
    {
        var orleans = client.Services.GetRequiredService<IClusterClient>();
        try
        {
            var silos = await orleans.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellation).ConfigureAwait(false);
            return new ClusterTrialExecutor(orleans, jobId, Math.Max(1, silos.Count) * RangesPerSilo, connection);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested && e is not RequestException)
        {
            throw NoSilo(address, clusterId, e);
        }
    }

    // No gateway at the address, another cluster id, or a silo that stopped answering: the user's input to check.
    private static RequestException NoSilo(string address, string? clusterId, Exception e) =>
        new("cluster", $"no silo of cluster '{clusterId ?? SiloSettings.DefaultClusterId}' answered at {address} ({Reason(e)})");

    private static string Reason(Exception e) => e switch
    {
        OperationCanceledException => "the connection timed out",
        _ => e.Message.ReplaceLineEndings(" "),
    };

    private sealed class HostLifetime(IHost host) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using (host)
            {
                await host.StopAsync().ConfigureAwait(false);
            }
        }
    }
}
