using Entente.Domain.Validation;
using Entente.Formats;

namespace Entente.Application;

/// <summary>
/// A scenario as read and validated: the document when it can be used, and every located problem and warning
/// (<c>file:line:column: error: field: message</c>), which are data for the caller to show.
/// </summary>
public sealed record ScenarioLoad
{
    /// <summary>The scenario; null when it could not be read, or has errors and errors were not allowed.</summary>
    public ScenarioDocument? Document { get; init; }

    /// <summary>Every problem and warning, located in the input.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The warnings among <see cref="Diagnostics"/>.</summary>
    public int Warnings => Diagnostics.Count - Errors;

    /// <summary>Whether the input was read at all (it may still have errors).</summary>
    public bool Read { get; init; }
}
