using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>A comparison: the base run, each variant's differences, the attribution, and the JSON document.</summary>
public sealed record ComparisonOutcome
{
    /// <summary>The base scenario's run.</summary>
    public required ForecastRun Base { get; init; }

    /// <summary>Each variant against the base.</summary>
    public required IReadOnlyList<VariantDifference> Variants { get; init; }

    /// <summary>What each signal and negotiation contributes (diplomacy scenarios); empty otherwise.</summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];

    /// <summary>The document (<see cref="ComparisonDocument"/>), as saved.</summary>
    public required string Json { get; init; }

    /// <summary>The variants' forecasts against the base as CSV (<see cref="ComparisonCsv"/>).</summary>
    public string Csv => ComparisonCsv.Write(Variants);

    /// <summary>Warnings, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the comparison was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }
}
