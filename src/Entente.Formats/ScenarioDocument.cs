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
    /// Warnings from reading, located in the file: for a version-1 diplomacy file, one per element mapped onto
    /// the version-2 layer (specification §16). <see cref="Validate"/> reports them first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>
    /// Whether <see cref="Domain.Scenario.Strategic"/> was mapped from the file's version-1 sections rather
    /// than read from a <c>diplomacy: { version: 2 }</c> section.
    /// </summary>
    public bool StrategicFromVersion1 { get; init; }

    /// <summary>
    /// Validates the scenario and locates every problem in the file: the line and column of the element
    /// at fault or, when the file leaves that element implicit, of the nearest enclosing one.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        IEnumerable<ScenarioProblem> problems = ScenarioValidator.Validate(Scenario);
        if (StrategicFromVersion1 && problems.Any(p => p.Severity == Severity.Error && !StrategicValidator.Concerns(p.Path)))
        {
            // A mapped layer inherits the version-1 file's mistakes; they are reported once, where the file makes them.
            problems = problems.Where(p => !StrategicValidator.Concerns(p.Path));
        }
        return [.. Warnings, .. problems.Select(Locate)];
    }

    private Diagnostic Locate(ScenarioProblem problem)
    {
        var found = Map.TryLocate(problem.Path, out var line, out var column);
        var field = string.IsNullOrEmpty(problem.Field) ? problem.Path : problem.Field;
        return new Diagnostic(File, found ? line : null, found ? column : null, field, problem.Message, problem.Severity);
    }
}
