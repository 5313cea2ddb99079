using Entente.Models.Diplomacy;

namespace Entente.Models;

/// <summary>What a model forecasts for a scenario: one entry per issue, in the scenario's issue order.</summary>
public sealed record ForecastResult
{
    /// <summary>The model that produced the forecast.</summary>
    public required string Model { get; init; }

    /// <summary>Per-issue forecasts.</summary>
    public required IReadOnlyList<IssueForecast> Issues { get; init; }

    /// <summary>Rounds across all issues, for models whose rounds span issues; null for the others.</summary>
    public IReadOnlyList<ScenarioRound>? Rounds { get; init; }

    /// <summary>What the diplomacy layer (version 2) did, round by round; null for runs without it.</summary>
    public Diplomacy.Engine.StrategicOutcome? Strategic { get; init; }
}

/// <summary>The forecast of one issue.</summary>
public sealed record IssueForecast
{
    /// <summary>The issue.</summary>
    public required string IssueId { get; init; }

    /// <summary>The model's headline forecast of the outcome, on the issue's scale.</summary>
    public required double Forecast { get; init; }

    /// <summary>Capability-and-salience-weighted mean of the final positions.</summary>
    public required double WeightedMean { get; init; }

    /// <summary>Capability-and-salience-weighted median of the final positions.</summary>
    public required double WeightedMedian { get; init; }

    /// <summary>The positions round by round; a model without rounds gives round 0 only.</summary>
    public required IReadOnlyList<RoundState> Rounds { get; init; }

    /// <summary>Why the run stopped, for models that iterate (for example "converged at round 7").</summary>
    public string? StoppingReason { get; init; }

    /// <summary>The forecast explained in sentences, generated from the run.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];

    /// <summary>Model-specific figures for the table and the JSON (name to value), such as the status quo the NBS used.</summary>
    public IReadOnlyDictionary<string, double> Details { get; init; } = new Dictionary<string, double>();
}

/// <summary>The state of one issue after one round.</summary>
public sealed record RoundState
{
    /// <summary>Round number; 0 is the input.</summary>
    public required int Round { get; init; }

    /// <summary>Each participating actor's position, in actor input order.</summary>
    public required IReadOnlyDictionary<string, double> Positions { get; init; }

    /// <summary>Capability-and-salience-weighted mean of the positions.</summary>
    public required double WeightedMean { get; init; }

    /// <summary>Capability-and-salience-weighted median of the positions.</summary>
    public required double WeightedMedian { get; init; }

    /// <summary>
    /// Risk exponents computed at the start of this round (expected utility model), by actor in input
    /// order; null for round 0 and for models without risk.
    /// </summary>
    public IReadOnlyDictionary<string, double>? Risk { get; init; }

    /// <summary>The offers accepted in this round, in receiver input order; null for models without offers.</summary>
    public IReadOnlyList<Offer>? Offers { get; init; }

    /// <summary>
    /// Every ordered pair of actors classified at the start of this round; null for models without
    /// dyads and for issues too large to list them.
    /// </summary>
    public IReadOnlyList<Dyad>? Dyads { get; init; }
}
