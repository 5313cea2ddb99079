using Entente.Domain;

namespace Entente.Domain.Tests;

/// <summary>A small valid scenario that tests change one thing at a time.</summary>
internal static class ScenarioBuilder
{
    public static Scenario TwoActorsOneIssue() => new()
    {
        Name = "test",
        Actors =
        [
            new Actor { Id = "a", Name = "A", Capability = 1 },
            new Actor { Id = "b", Name = "B", Capability = 2 },
        ],
        Issues = [new Issue { Id = "x", Name = "X", Scale = new IssueScale { Min = 0, Max = 10 } }],
        Stances =
        [
            new Stance { ActorId = "a", IssueId = "x", Position = 2, Salience = 0.5 },
            new Stance { ActorId = "b", IssueId = "x", Position = 8, Salience = 1 },
        ],
    };
}
