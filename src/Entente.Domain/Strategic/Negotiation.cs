namespace Entente.Domain.Strategic;

/// <summary>
/// A negotiation (specification §8): parties grouped in sides bargain over collective issues and unilateral
/// items, optionally to a deadline whose no-deal cost, discounted by β^(T−t), concentrates concessions just
/// before it; a summit is a negotiation whose last rounds raise the parties' salience.
/// </summary>
public sealed record Negotiation
{
    /// <summary>Identifier; unique among negotiations.</summary>
    public required string Id { get; init; }

    /// <summary>The parties.</summary>
    public required ValueList<string> Parties { get; init; }

    /// <summary>The sides, each a list of parties; empty: each party is its own side.</summary>
    public ValueList<ValueList<string>> Sides { get; init; } = ValueList<ValueList<string>>.Empty;

    /// <summary>The collective issues negotiated.</summary>
    public ValueList<string> Issues { get; init; } = ValueList<string>.Empty;

    /// <summary>Unilateral items: an actor's position on an issue it decides must meet a bound for a deal.</summary>
    public ValueList<NegotiationItem> Items { get; init; } = ValueList<NegotiationItem>.Empty;

    /// <summary>T: the round by which a deal must be reached; null for the end of the run (no no-deal cost).</summary>
    public int? Deadline { get; init; }

    /// <summary>β; null for the default.</summary>
    public double? Discount { get; init; }

    /// <summary>C_i per party; parties not listed take the default (a summit's when it is one).</summary>
    public ValueList<ActorNumber> NoDealCost { get; init; } = ValueList<ActorNumber>.Empty;

    /// <summary>The summit that ends it, if any.</summary>
    public Summit? Summit { get; init; }
}

/// <summary>A unilateral item of a negotiation: <c>Actor</c>'s position on <c>Bound.Issue</c> must meet the bound.</summary>
/// <param name="Actor">The actor who decides the item's issue.</param>
/// <param name="Bound">The bound its position must meet.</param>
public sealed record NegotiationItem(string Actor, Bound Bound);

/// <summary>A number per actor.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Value">The number.</param>
public sealed record ActorNumber(string Actor, double Value);

/// <summary>A summit: the parties' salience on the negotiation's issues is raised for its last rounds.</summary>
/// <param name="Boost">The factor (default 1.25); saliences are capped at 1.</param>
/// <param name="Rounds">How many rounds up to the deadline (default 2).</param>
public sealed record Summit(double? Boost = null, int? Rounds = null);
