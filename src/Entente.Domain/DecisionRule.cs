namespace Entente.Domain;

/// <summary>The rule by which an issue is decided.</summary>
public sealed record DecisionRule
{
    /// <summary>The kind of rule.</summary>
    public required DecisionRuleKind Kind { get; init; }

    /// <summary>Share of weighted votes needed, for <see cref="DecisionRuleKind.QualifiedMajority"/>.</summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// Share of the voters that must also be in a winning coalition, for a double majority such as the EU
    /// Council's (55% of the members holding 65% of the population); null where only votes count.
    /// </summary>
    public double? MemberShare { get; init; }

    /// <summary>
    /// Fewest voters that can block, for a qualified majority with a blocking-minority clause (the EU
    /// Council's four members): a coalition that leaves fewer outside wins whatever its votes.
    /// </summary>
    public int? BlockingMinority { get; init; }

    /// <summary>Actors whose agreement is required, for <see cref="DecisionRuleKind.VetoPlayers"/>.</summary>
    public ValueList<string> VetoPlayers { get; init; } = ValueList<string>.Empty;

    /// <summary>Unanimity, the default of international negotiation.</summary>
    public static DecisionRule Consensus => new() { Kind = DecisionRuleKind.Consensus };

    /// <summary>The rule's name as written in scenario files.</summary>
    public static string NameOf(DecisionRuleKind kind) => kind switch
    {
        DecisionRuleKind.Consensus => "consensus",
        DecisionRuleKind.Majority => "majority",
        DecisionRuleKind.QualifiedMajority => "qualified-majority",
        DecisionRuleKind.VetoPlayers => "veto-players",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The names accepted in scenario files, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues<DecisionRuleKind>().Select(NameOf).ToArray();

    /// <summary>Parses a rule name as written in scenario files.</summary>
    public static bool TryParseKind(string name, out DecisionRuleKind kind)
    {
        foreach (var candidate in Enum.GetValues<DecisionRuleKind>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
