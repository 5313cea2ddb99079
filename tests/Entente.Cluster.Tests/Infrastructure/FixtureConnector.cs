using Entente.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cluster.Tests.Infrastructure;

/// <summary>
/// The fixture's own client as the connector: a service's work on a real cluster of three silos in this process,
/// without starting a client per job (<see cref="OrleansClusterConnector"/> reaches the same silos over loopback too:
/// ClusterJobServiceTests shows it).
/// </summary>
internal sealed class FixtureConnector(TestClusterFixture fixture) : IClusterConnector
{
    public Task<IClusterExecutor> ConnectAsync(string address, string? clusterId, string jobId, CancellationToken cancellation) =>
        Task.FromResult<IClusterExecutor>(new ClusterTrialExecutor(fixture.Cluster.Client, jobId, TestClusterFixture.Silos * OrleansClusterConnector.RangesPerSilo));

    /// <summary>The application's services, with this connector when <paramref name="fixture"/> is given, with none (all here) when not.</summary>
    public static ServiceProvider Services(TestClusterFixture? fixture)
    {
        var services = new ServiceCollection();
        if (fixture is not null)
        {
            services.AddSingleton<IClusterConnector>(new FixtureConnector(fixture));
        }
        return services.AddEntenteApplication().BuildServiceProvider();
    }
}

/// <summary>Files of the repository that tests read.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string Data(string relative) => Path.Combine(Root, "tests", "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Entente.slnx) not found above " + AppContext.BaseDirectory);
    }
}
