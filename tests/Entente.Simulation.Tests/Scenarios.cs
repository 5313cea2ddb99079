using Entente.Domain;

namespace Entente.Simulation.Tests;

/// <summary>Small scenarios whose forecasts can be worked out by hand.</summary>
internal static class Scenarios
{
    /// <summary>Three actors on a 0-100 issue, positions far from the scale ends, weights 1, 2 and 3 (c·s).</summary>
    public static Scenario ThreeActors() => new()
    {
        Name = "three",
        Actors =
        [
            new Actor { Id = "a", Name = "a", Capability = 1 },
            new Actor { Id = "b", Name = "b", Capability = 2 },
            new Actor { Id = "c", Name = "c", Capability = 3 },
        ],
        Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent }],
        Stances =
        [
            new Stance { ActorId = "a", IssueId = "x", Position = 40, Salience = 1 },
            new Stance { ActorId = "b", IssueId = "x", Position = 50, Salience = 1 },
            new Stance { ActorId = "c", IssueId = "x", Position = 60, Salience = 1 },
        ],
    };

    /// <summary>Σ w x / Σ w of <see cref="ThreeActors"/>.</summary>
    public const double ThreeActorsCompromise = (1 * 40 + 2 * 50 + 3 * 60) / 6.0;
}
