using Entente.Models.Diplomacy.StageGame;
using Entente.Simulation.Games;

namespace Entente.Application;

/// <summary>Solved stage games, in input order, and their JSON document.</summary>
public sealed record GameOutcome
{
    /// <summary>Each game with its solution.</summary>
    public required IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> Games { get; init; }

    /// <summary>The document (<see cref="GameJson"/>), ending in a line break.</summary>
    public required string Json { get; init; }
}
