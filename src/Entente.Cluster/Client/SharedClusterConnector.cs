using Entente.Application;
using Microsoft.Extensions.Hosting;

namespace Entente.Cluster;

/// <summary>
/// A server's connector (<c>entente serve --cluster</c>): one Orleans client per cluster, started with the first job
/// and kept for the next ones, where <see cref="OrleansClusterConnector"/> starts one per job (a second or two each,
/// and a gateway connection per job). A client whose cluster stopped answering is dropped and the next job starts a
/// fresh one, so a cluster that restarts is found again without restarting the server.
/// </summary>
public sealed class SharedClusterConnector : IClusterConnector, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string Address, string ClusterId), IHost> _clients = [];
    private bool _disposed;

    /// <summary>Clients started and kept now (one per cluster the server has reached).</summary>
    public int Clients
    {
        get
        {
            _gate.Wait();
            try
            {
                return _clients.Count;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    /// <inheritdoc />
    public async Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation)
    {
        var key = (address, clusterId ?? SiloSettings.DefaultClusterId);
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_clients.TryGetValue(key, out var kept))
            {
                try
                {
                    return await OrleansClusterConnector.ExecutorAsync(kept, address, clusterId, jobId, null, cancellation).ConfigureAwait(false);
                }
                catch (RequestException)
                {
                    // The cluster stopped answering this client: start another, which finds a gateway afresh.
                    _clients.Remove(key);
                    await StopAsync(kept).ConfigureAwait(false);
                }
            }
            var client = await OrleansClusterConnector.StartClientAsync(address, clusterId, cancellation).ConfigureAwait(false);
            try
            {
                var executor = await OrleansClusterConnector.ExecutorAsync(client, address, clusterId, jobId, null, cancellation).ConfigureAwait(false);
                _clients[key] = client;
                return executor;
            }
            catch
            {
                await StopAsync(client).ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            foreach (var client in _clients.Values)
            {
                await StopAsync(client).ConfigureAwait(false);
            }
            _clients.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static async Task StopAsync(IHost client)
    {
        using (client)
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await client.StopAsync(bound.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A client whose gateway is gone may not stop gracefully; disposing it is enough.
            }
        }
    }
}
