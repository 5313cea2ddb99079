using Entente.Domain;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>Builds one-issue scenarios from (actor, position, salience, capability) rows, in input order.</summary>
internal static class OneIssue
{
    public static Scenario Of(params (string Actor, double Position, double Salience, double Capability)[] rows) => new()
    {
        Name = "test",
        Actors = rows.Select(r => new Actor { Id = r.Actor, Name = r.Actor, Capability = r.Capability }).ToArray(),
        Issues = [new Issue { Id = "issue", Name = "issue", Scale = new IssueScale { Min = 0, Max = 10 } }],
        Stances = rows.Select(r => new Stance { ActorId = r.Actor, IssueId = "issue", Position = r.Position, Salience = r.Salience }).ToArray(),
    };

    public static IssueForecast Run(string model, Scenario scenario, int? rounds = null, params ModelOption[] options) =>
        ModelCatalog.Create(model, options).Run(scenario, new ModelRunContext { Rounds = rounds, Dyads = DyadSelection.All }).Issues.Single();
}
