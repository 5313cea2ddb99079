
namespace Entente.Domain.Eu;

/// <summary>
/// The Council's qualified-majority rule in force over a span of dates: either weighted votes with a
/// quota (and a majority of members), or the Lisbon double majority of members and population.
/// Figures and sources: docs/data/eu-voting-power.md.
/// </summary>
public sealed record CouncilRegime
{
    /// <summary>Short name, such as <c>nice-eu27</c>.</summary>
    public required string Name { get; init; }

    /// <summary>First day the regime applies.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Votes per member under weighted voting; population in thousands under double majority.</summary>
    public required IReadOnlyDictionary<string, int> Weights { get; init; }

    /// <summary>True for the Lisbon double majority, where <see cref="Weights"/> are populations.</summary>
    public bool DoubleMajority { get; init; }

    /// <summary>Votes needed under weighted voting (e.g. 255 of 345).</summary>
    public int Quota { get; init; }

    /// <summary>Members needed: a majority under Nice, 55% under Lisbon.</summary>
    public int MembersNeeded { get; init; }

    /// <summary>Share of the population needed under double majority (0.65).</summary>
    public double PopulationShare { get; init; }

    /// <summary>Fewest members that can block under double majority (4); 0 where no such clause applies.</summary>
    public int BlockingMembers { get; init; }

    /// <summary>Total weight (votes or population).</summary>
    public int TotalWeight => Weights.Values.Sum();

    /// <summary>
    /// The threshold written into a scenario's qualified-majority rule: the quota's share of the votes, or
    /// the population share under double majority.
    /// </summary>
    public double Threshold => DoubleMajority ? PopulationShare : (double)Quota / TotalWeight;

    /// <summary>
    /// The regime's qualified majority as a scenario's decision rule: the quota's share of the votes (or the
    /// population share), with the member clause as a share of the members and the blocking clause.
    /// </summary>
    public DecisionRule Rule => new()
    {
        Kind = DecisionRuleKind.QualifiedMajority,
        Threshold = Threshold,
        MemberShare = MembersNeeded > 0 ? (double)MembersNeeded / Weights.Count : null,
        BlockingMinority = BlockingMembers > 0 ? BlockingMembers : null,
    };
}
