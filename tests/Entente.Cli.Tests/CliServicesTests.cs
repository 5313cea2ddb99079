using Entente.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Tests;

/// <summary>
/// The command line's own composition root serves what <c>AddEntenteApplication</c> registers: every service, of the
/// same type, once (a singleton), wired to the clock and the cluster it was given.
/// </summary>
public class CliServicesTests
{
    [Fact]
    public void Every_service_the_application_layer_registers_is_served_once()
    {
        var registered = new ServiceCollection().AddEntenteApplication();
        var services = new CliServices(TimeProvider.System, cluster: null);

        Assert.True(registered.Count >= 16, $"only {registered.Count} registrations: the application layer's list changed shape");
        foreach (var descriptor in registered)
        {
            var served = services.GetService(descriptor.ServiceType);
            Assert.True(served is not null, $"{descriptor.ServiceType.Name} is registered by AddEntenteApplication but not served by CliServices");
            Assert.IsAssignableFrom(descriptor.ServiceType, served);
            Assert.Same(served, services.GetService(descriptor.ServiceType));
        }
    }

    [Fact]
    public void It_serves_the_clock_and_cluster_it_was_given_and_nothing_else()
    {
        var clock = new FixedClock();
        var connector = new NoCluster();
        var built = 0;
        var services = new CliServices(clock, () => { built++; return connector; });

        Assert.Same(clock, services.GetService(typeof(TimeProvider)));
        Assert.Equal(0, built);
        Assert.Same(connector, services.GetService(typeof(IClusterConnector)));
        Assert.Same(connector, services.GetService(typeof(IClusterConnector)));
        Assert.Equal(1, built);
        Assert.Null(services.GetService(typeof(string)));
        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IDisposable>());
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);
    }

    private sealed class NoCluster : IClusterConnector
    {
        public Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation) =>
            throw new NotSupportedException();
    }
}
