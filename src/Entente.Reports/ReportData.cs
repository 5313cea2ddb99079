using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using Entente.Simulation.Sensitivity;

namespace Entente.Reports;

/// <summary>What a report shows: a forecast, and where available its spread over a sweep and its sensitivity.</summary>
public sealed record ReportData
{
    /// <summary>The forecast (scenario, model, trajectory, explanation).</summary>
    public required ForecastRun Forecast { get; init; }

    /// <summary>The distribution of each forecast over a Monte Carlo sweep, when one was run.</summary>
    public SweepResult? Sweep { get; init; }

    /// <summary>One-at-a-time sensitivity, when it was run.</summary>
    public SensitivityResult? Sensitivity { get; init; }

    /// <summary>One actor's levers (<c>entente report --advise ACTOR</c>), when asked for.</summary>
    public AdviceResult? Advice { get; init; }

    /// <summary>Where the run is kept, when it came from the run store (shown in the report's header).</summary>
    public string? RunId { get; init; }
}
