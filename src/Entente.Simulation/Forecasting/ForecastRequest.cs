using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Forecasting;

/// <summary>What the user asked for: a scenario, and optionally a model, its options, rounds and seed.</summary>
public sealed record ForecastRequest
{
    /// <summary>The scenario, already validated.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Model named on the command line; else the scenario's model; else the default.</summary>
    public string? Model { get; init; }

    /// <summary>Options given on the command line; they override the scenario's options for the same model.</summary>
    public IReadOnlyList<ModelOption> Options { get; init; } = [];

    /// <summary>Rounds asked for on the command line.</summary>
    public int? Rounds { get; init; }

    /// <summary>Which rounds keep their dyad table in the result (none unless asked for: they grow as actors²).</summary>
    public Models.DyadSelection Dyads { get; init; }

    /// <summary>Seed of every random draw.</summary>
    public ulong Seed { get; init; }

    /// <summary>A device the model may hand its heaviest step to (the spatial model's challenge step to a GPU); null for none.</summary>
    public IModelAccelerator? Accelerator { get; init; }

    /// <summary>
    /// Monte Carlo trials over types for a run with the diplomacy layer: null for the scenario's
    /// <c>montecarlo.trials</c> (else 2,000); 0 for the nominal run alone.
    /// </summary>
    public int? Trials { get; init; }
}
