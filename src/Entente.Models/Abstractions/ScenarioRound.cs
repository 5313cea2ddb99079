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

    /// <summary>Signals delivered at the start of this round (diplomacy layer); null for other models.</summary>
    public IReadOnlyList<SignalDelivery>? Signals { get; init; }

    /// <summary>Beliefs the round's signals moved (diplomacy layer); null for other models.</summary>
    public IReadOnlyList<BeliefShift>? Beliefs { get; init; }

    /// <summary>Summits, shocks, entries, exits, kept promises (diplomacy layer); null for other models.</summary>
    public IReadOnlyList<RoundEvent>? Events { get; init; }

    /// <summary>Share of capability-weighted dyads in mutual conflict at the start of this round (diplomacy layer).</summary>
    public double? EscalationIndex { get; init; }
}
