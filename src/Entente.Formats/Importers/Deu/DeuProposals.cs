using Entente.Domain;

namespace Entente.Formats.Importers.Deu;

/// <summary>A proposal of a DEU table as one scenario: its issues are decided together, so models that link issues must see them all.</summary>
public static class DeuProposals
{
    /// <summary>
    /// The issues' one-issue scenarios merged into one, scored or not. Each stance carries its issue's
    /// capability, since the Council's rule (and so a member's votes) can differ between issues of one
    /// proposal; an actor takes its first issue's entry.
    /// </summary>
    public static Scenario Merge(string proposal, IReadOnlyList<Scenario> issues)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentOutOfRangeException.ThrowIfZero(issues.Count);
        var actors = issues.SelectMany(s => s.Actors).DistinctBy(a => a.Id).ToArray();
        var stances = issues.SelectMany(s => s.Stances.Select(st => st with { Capability = st.Capability ?? s.FindActor(st.ActorId)!.Capability }));
        var first = issues[0].Issues[0];
        return issues[0] with
        {
            // The proposal's name as the table gives it (the importer names each issue so), else its code.
            Name = first.Name != first.Id ? $"{first.Name} ({proposal})" : proposal,
            Description = $"DEU proposal {proposal}: {issues.Count} contested {(issues.Count == 1 ? "issue" : "issues")}. {issues[0].Description}",
            Actors = new(actors),
            Issues = new(Distinct([.. issues.SelectMany(s => s.Issues)])),
            Stances = new(stances),
        };
    }

    /// <summary>The proposal <paramref name="proposal"/> of <paramref name="dataset"/> as one scenario, or null if the table has no such proposal.</summary>
    public static Scenario? Of(DeuDataset dataset, string proposal)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var issues = dataset.Issues.Where(i => i.ProposalId == proposal).Select(i => i.Scenario).ToArray();
        return issues.Length == 0 ? null : Merge(proposal, issues);
    }

    // The table names issues by their proposal only, so a proposal's issues would all read alike: number them.
    private static IEnumerable<Issue> Distinct(Issue[] issues) =>
        issues.Length > 1 && issues.All(i => i.Name == issues[0].Name)
            ? issues.Select((issue, k) => issue with { Name = $"{issue.Name}, issue {k + 1} of {issues.Length}" })
            : issues;
}
