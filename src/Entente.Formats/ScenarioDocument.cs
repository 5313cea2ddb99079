using Entente.Domain;
using Entente.Domain.Validation;

namespace Entente.Formats;

/// <summary>A scenario as read from a file, with the format it was read from and where each element stood.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Format">The format the file was in.</param>
/// <param name="File">The file as the user named it.</param>
/// <param name="Map">Source positions of the scenario's elements.</param>
public sealed record ScenarioDocument(Scenario Scenario, ScenarioFormat Format, string File, SourceMap Map)
{
    /// <summary>
    /// The text the scenario was parsed from, as decoded (a byte order mark kept), so that a run store keeps
    /// exactly what ran rather than reading the file a second time.
    /// </summary>
    public string Text { get; init; } = "";

    /// <summary>
    /// Validates the scenario and locates every problem in the file: the line and column of the element
    /// at fault or, when the file leaves that element implicit, of the nearest enclosing one.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate() =>
        ScenarioValidator.Validate(Scenario).Select(Locate).ToArray();

    private Diagnostic Locate(ScenarioProblem problem)
    {
        var found = Map.TryLocate(problem.Path, out var line, out var column);
        var field = string.IsNullOrEmpty(problem.Field) ? problem.Path : problem.Field;
        return new Diagnostic(File, found ? line : null, found ? column : null, field, problem.Message, problem.Severity);
    }
}
