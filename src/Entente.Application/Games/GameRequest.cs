using Entente.Simulation.Games;

namespace Entente.Application;

/// <summary>
/// Solve signalling stage games (<c>entente game</c>): a stage-game file (<see cref="Path"/>), its text
/// (<see cref="Text"/>, reported as <see cref="Name"/>), or games already built (<see cref="Cases"/>, from a claim template).
/// </summary>
public sealed record GameRequest
{
    /// <summary>A stage-game file (YAML): one game, a list under <c>games:</c>, or a claim template.</summary>
    public string? Path { get; init; }

    /// <summary>The text of such a file.</summary>
    public string? Text { get; init; }

    /// <summary>The name problems in <see cref="Text"/> are reported under.</summary>
    public string Name { get; init; } = "games";

    /// <summary>Games already built, as the command line's template options build them.</summary>
    public IReadOnlyList<StageGameCase>? Cases { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate() =>
        new object?[] { Path, Text, Cases }.Count(x => x is not null) == 1 ? [] : [new RequestProblem("games", "give exactly one of a stage-game file, its text, or built games")];
}
