using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>A forecast: the run, its JSON document, the warnings about it, and where it was saved.</summary>
public sealed record ForecastOutcome
{
    /// <summary>The completed run.</summary>
    public required ForecastRun Run { get; init; }

    /// <summary>The forecast document (<see cref="ForecastJson"/>), as saved.</summary>
    public required string Json { get; init; }

    /// <summary>The forecast as a flat CSV table (<c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>).</summary>
    public string Csv => ForecastCsv.Write(Run);

    /// <summary>Warnings about the run, one sentence each (a model that ignores part of the scenario, an old option spelling).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the run was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }
}
