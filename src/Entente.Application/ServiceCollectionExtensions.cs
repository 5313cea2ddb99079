using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Entente.Application;

/// <summary>Registers Entente's application layer with a dependency-injection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds every use-case service (documents, forecasts, sweeps, sensitivity, comparisons, backtests, reports,
    /// runs, stage games, the model catalog, API tokens), the run recorder and stores, and <see cref="TimeProvider.System"/> unless a clock is registered
    /// already (tests register a fixed one first). The services hold no state between calls: singletons.
    /// </summary>
    public static IServiceCollection AddEntenteApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RunStores>();
        services.TryAddSingleton<RunRecorder>();
        services.TryAddSingleton<DocumentService>();
        services.TryAddSingleton<ForecastService>();
        services.TryAddSingleton<SweepService>();
        services.TryAddSingleton<ClusterJobService>();
        services.TryAddSingleton<SensitivityService>();
        services.TryAddSingleton<ComparisonService>();
        services.TryAddSingleton<AdviceService>();
        services.TryAddSingleton<BacktestService>();
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<RunService>();
        services.TryAddSingleton<LedgerService>();
        services.TryAddSingleton<GameService>();
        services.TryAddSingleton<ModelService>();
        services.TryAddSingleton<TokenService>();
        return services;
    }
}
