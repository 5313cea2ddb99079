using Orleans.TestingHost;

namespace Entente.Cluster.Tests;

/// <summary>Three silos in this process, on loopback sockets, with in-memory job records, shared by a test class.</summary>
public sealed class TestClusterFixture : IAsyncLifetime
{
    public const int Silos = 3;

    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The primary silo's gateway, as <c>--cluster</c> takes it.</summary>
    public string Gateway => $"{Cluster.Primary!.GatewayAddress!.Endpoint.Address}:{Cluster.Primary.GatewayAddress.Endpoint.Port}";

    public string ClusterId => Cluster.Options.ClusterId;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(Silos);
        // A command-line client joins as any client would: by the cluster id and Entente's service id.
        builder.Options.ClusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
        builder.Options.ServiceId = EntenteSilo.ServiceId;
        // Real sockets, not the TestingHost's in-memory transport (its default): a client of its own, as
        // OrleansClusterConnector builds one, reaches the silos' gateways only over TCP.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Jobs);
            EntenteSilo.ConfigureLiveness(siloBuilder);
        }
    }
}
