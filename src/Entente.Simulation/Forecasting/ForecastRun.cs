using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Forecasting;

/// <summary>A completed forecast with everything needed to reproduce it.</summary>
public sealed record ForecastRun
{
    /// <summary>The scenario as run.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The model that ran.</summary>
    public required string Model { get; init; }

    /// <summary>The options in force, scenario's first, then the command line's.</summary>
    public required IReadOnlyList<ModelOption> Options { get; init; }

    /// <summary>The seed used.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The rounds override, if any.</summary>
    public int? Rounds { get; init; }

    /// <summary>The model's forecast.</summary>
    public required ForecastResult Result { get; init; }

    /// <summary>The diplomacy layer's Monte Carlo over types; null without the layer or with 0 trials.</summary>
    public Diplomacy.DiplomacyMonteCarlo? MonteCarlo { get; init; }

    /// <summary>The Monte Carlo's trials, by index, for paired comparisons; null when none ran.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ForecastResult>? Trials { get; init; }

    /// <summary>Time the model took (measured, not read from the wall clock).</summary>
    public required TimeSpan Elapsed { get; init; }
}
