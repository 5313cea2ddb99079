using Entente.Cluster.Tests.Infrastructure;
using Entente.Simulation.Tests.Execution;

namespace Entente.Cluster.Tests;

/// <summary><c>entente sweep --cluster</c> as a user runs it.</summary>
public sealed class SweepCommandOnClusterTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(100);
    private readonly string _scenario = Path.Combine(Path.GetTempPath(), $"entente-cluster-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_scenario);

    [Fact]
    public async Task A_cluster_address_that_is_not_host_and_port_is_refused_by_name()
    {
        File.WriteAllText(_scenario, TrialExecutorContract.ScenarioYaml);

        var result = await EntenteProcess.RunAsync(Bound, "sweep", _scenario, "--cluster", "nowhere");

        Assert.Equal(2, result.Code);
        Assert.Contains("cluster", result.Error);
        Assert.Contains("HOST:PORT", result.Error);
    }
}
