using Entente.Domain;
using Entente.Domain.Eu;
using Entente.Formats.Importers.Deu;
using Entente.Simulation.VotingPower;

namespace Entente.Simulation.Backtest;

/// <summary>Turns a DEU table into backtest cases, setting each actor's capability by a scheme.</summary>
public static class DeuCases
{
    /// <summary>
    /// The scored issues as cases. Institutions get <paramref name="commissionWeight"/> and
    /// <paramref name="parliamentWeight"/> times the largest member state's capability on the issue when
    /// given; otherwise 1 under equal weights, the table's own figure under GDP, and the largest member's
    /// index under voting power (the GDP line's convention: the institutions rank with Germany).
    /// </summary>
    public static IReadOnlyList<BacktestCase> From(DeuDataset dataset, CapabilityScheme scheme, double? commissionWeight = null, double? parliamentWeight = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var scenarios = dataset.Issues.ToDictionary(i => i.Id, i => Weighted(dataset, i, scheme, commissionWeight, parliamentWeight), StringComparer.Ordinal);
        var proposals = dataset.Issues.GroupBy(i => i.ProposalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DeuProposals.Merge(g.Key, g.Select(i => scenarios[i.Id]).ToArray()), StringComparer.Ordinal);
        return dataset.Scored
            .Select(i => new BacktestCase(i.Id, i.ProposalId, scenarios[i.Id], i.Outcome!.Value) { Proposal = proposals[i.ProposalId] })
            .ToArray();
    }

    private static Scenario Weighted(DeuDataset dataset, DeuIssue issue, CapabilityScheme scheme, double? commissionWeight, double? parliamentWeight)
    {
        var capabilities = Capabilities(dataset, issue, scheme);
        var largest = capabilities.Where(kv => DeuActors.IsMemberState(kv.Key)).Max(kv => kv.Value);
        if (commissionWeight is { } c)
        {
            capabilities[DeuActors.Commission] = c * largest;
        }
        if (parliamentWeight is { } p)
        {
            capabilities[DeuActors.Parliament] = p * largest;
        }
        return issue.Scenario with
        {
            Actors = new(issue.Scenario.Actors.Select(a => a with { Capability = capabilities[a.Id] })),
        };
    }

    private static Dictionary<string, double> Capabilities(DeuDataset dataset, DeuIssue issue, CapabilityScheme scheme)
    {
        switch (scheme)
        {
            case CapabilityScheme.Votes:
                var votes = issue.Scenario.Actors.ToDictionary(a => a.Id, a => a.Capability ?? 1, StringComparer.Ordinal);
                foreach (var (id, _) in DeuActors.All)
                {
                    votes.TryAdd(id, 0);
                }
                return votes;
            case CapabilityScheme.Gdp:
                return DeuActors.All.ToDictionary(a => a.Id, a => dataset.Gdp[a.Id], StringComparer.Ordinal);
            case CapabilityScheme.VotingPower:
                var index = CouncilPower.Indices(CouncilRegimes.At(issue.DecisionDate), issue.CouncilRule != "QMV");
                var largest = index.Values.Max();
                // A state that was not yet a member has no vote; the table gives such states no position anyway.
                return DeuActors.All.ToDictionary(
                    a => a.Id,
                    a => DeuActors.IsMemberState(a.Id) ? index.GetValueOrDefault(a.Id) : largest,
                    StringComparer.Ordinal);
            default:
                return DeuActors.All.ToDictionary(a => a.Id, _ => 1.0, StringComparer.Ordinal);
        }
    }
}
