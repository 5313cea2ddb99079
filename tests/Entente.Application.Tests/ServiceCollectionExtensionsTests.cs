using Microsoft.Extensions.DependencyInjection;

namespace Entente.Application.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Every_use_case_resolves_from_the_container_as_one_shared_instance()
    {
        using var services = new ServiceCollection().AddEntenteApplication().BuildServiceProvider();

        var types = new[]
        {
            typeof(DocumentService), typeof(ForecastService), typeof(SweepService), typeof(SensitivityService), typeof(ComparisonService),
            typeof(BacktestService), typeof(ReportService), typeof(RunService), typeof(GameService), typeof(ModelService), typeof(RunRecorder), typeof(RunStores),
        };

        foreach (var type in types)
        {
            Assert.Same(services.GetRequiredService(type), services.GetRequiredService(type));
        }
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_clock_registered_first_is_the_one_runs_are_timed_by()
    {
        var clock = new FixedClock(Harness.Now);
        using var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddEntenteApplication().BuildServiceProvider();

        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
        Assert.Equal(Harness.Now, services.GetRequiredService<RunRecorder>().Start().StartedAt);
    }
}
