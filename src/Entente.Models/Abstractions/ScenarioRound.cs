using Entente.Models.Diplomacy;

namespace Entente.Models;

/// <summary>
/// What happened in one round across all issues, for models whose rounds span issues (the exchange
/// model's trades, the spatial model's multi-dimensional positions). Models add the members they report;
/// the JSON writes them under the top-level <c>rounds</c>.
/// </summary>
public sealed record ScenarioRound
{
    /// <summary>Round number; 0 is the input.</summary>
    public required int Round { get; init; }

    /// <summary>The exchanges realised in this round, in realisation order; null for models without exchanges.</summary>
    public IReadOnlyList<RealisedExchange>? Exchanges { get; init; }

    /// <summary>Each trading actor's total gain from this round's exchanges, in actor input order; null for models without exchanges.</summary>
    public IReadOnlyDictionary<string, double>? Gains { get; init; }

    /// <summary>
    /// Each actor's position after this round, one value per issue in the scenario's issue order, on
    /// each issue's scale (the spatial model); null for models that do not report it.
    /// </summary>
    public IReadOnlyDictionary<string, double[]>? Positions { get; init; }

    /// <summary>Each actor's probability of prevailing in this round's state (the spatial model); null otherwise.</summary>
    public IReadOnlyDictionary<string, double>? Probabilities { get; init; }

    /// <summary>The bargains proposed in this round, by initiator in actor order; null for round 0 and other models.</summary>
    public IReadOnlyList<Bargain>? Bargains { get; init; }
}
