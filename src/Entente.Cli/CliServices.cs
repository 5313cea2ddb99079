using Entente.Application;

namespace Entente.Cli;

/// <summary>
/// The application layer for one command: each service built on first use, once, with what it needs, as
/// <c>AddEntenteApplication</c> registers them (singletons, one constructor each). The command line's own composition root
/// because of start-up (issue 18, item 17): building Microsoft.Extensions.DependencyInjection's container took some 20 ms
/// of a short forecast, its generic collections over its own value types compiled at run time and its event source set up,
/// for sixteen objects. <c>CliServicesTests</c> holds it to <c>AddEntenteApplication</c>: every service registered there is
/// served here, of the same type.
/// </summary>
internal sealed class CliServices(TimeProvider time, Func<IClusterConnector>? cluster) : IServiceProvider
{
    // Built on first use; two threads racing would at worst build a stateless service twice.
    private RunStores? _stores;
    private RunRecorder? _recorder;
    private IClusterConnector? _cluster;
    private readonly Dictionary<Type, object> _services = [];

    /// <summary>The service of <paramref name="serviceType"/>, or null for a type the application layer does not register.</summary>
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType == typeof(TimeProvider))
        {
            return time;
        }
        if (serviceType == typeof(RunStores))
        {
            return Stores;
        }
        if (serviceType == typeof(RunRecorder))
        {
            return Recorder;
        }
        if (serviceType == typeof(IClusterConnector))
        {
            return Cluster;
        }
        return Service(serviceType);
    }

    private RunStores Stores => _stores ??= new RunStores(time);

    private RunRecorder Recorder => _recorder ??= new RunRecorder(time, Stores);

    private IClusterConnector? Cluster => _cluster ??= cluster?.Invoke();

    private object? Service(Type type)
    {
        if (_services.TryGetValue(type, out var held))
        {
            return held;
        }
        object? built =
            type == typeof(DocumentService) ? new DocumentService()
            : type == typeof(ForecastService) ? new ForecastService(Recorder)
            : type == typeof(SweepService) ? new SweepService(Recorder, Cluster)
            : type == typeof(ClusterJobService) ? new ClusterJobService(Cluster)
            : type == typeof(SensitivityService) ? new SensitivityService(Cluster)
            : type == typeof(ComparisonService) ? new ComparisonService(Recorder, Cluster)
            : type == typeof(AdviceService) ? new AdviceService(Recorder)
            : type == typeof(BacktestService) ? new BacktestService(Recorder, Cluster)
            : type == typeof(ReportService) ? new ReportService(Stores)
            : type == typeof(RunService) ? new RunService(Stores)
            : type == typeof(LedgerService) ? new LedgerService(Stores)
            : type == typeof(GameService) ? new GameService()
            : type == typeof(ModelService) ? new ModelService()
            : type == typeof(TokenService) ? new TokenService(Stores)
            : null;
        if (built is not null)
        {
            _services[type] = built;
        }
        return built;
    }
}
