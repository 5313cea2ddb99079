using Entente.Domain;

namespace Entente.Models.Tests.Exchange;

/// <summary>Small hand-made scenarios on 0-100 issues: (actor, issue, position, salience, capability) rows.</summary>
internal static class TwoIssues
{
    public static Scenario Of(params (string Actor, string Issue, double Position, double Salience, double Capability)[] rows) => new()
    {
        Name = "hand-worked",
        Actors = new(rows.Select(r => r.Actor).Distinct().Select(a => new Actor { Id = a, Name = a })),
        Issues = new(rows.Select(r => r.Issue).Distinct().Select(i => new Issue { Id = i, Name = i, Scale = IssueScale.Percent })),
        Stances = new(rows.Select(r => new Stance { ActorId = r.Actor, IssueId = r.Issue, Position = r.Position, Salience = r.Salience, Capability = r.Capability })),
    };
}
