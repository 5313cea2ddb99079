using Orleans.TestingHost;

namespace Entente.Cluster.Tests;

/// <summary>Three silos in this process, with in-memory job records, shared by a test class.</summary>
public sealed class TestClusterFixture : IAsyncLifetime
{
    public const int Silos = 3;

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(Silos);
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
