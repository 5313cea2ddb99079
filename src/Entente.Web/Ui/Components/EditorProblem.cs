using Entente.Formats;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Components;

/// <summary>A validation problem as the editor marks it: its line, column, message, and whether it is an error.</summary>
public sealed record EditorProblem(int Line, int? Column, string Message, bool Error, string Text)
{
    /// <summary>The located problems of a validation (a problem about the whole file has no line to mark).</summary>
    public static IReadOnlyList<EditorProblem> Of(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics.Where(d => d.Line is not null).Select(d => new EditorProblem(
            d.Line!.Value, d.Column, string.IsNullOrEmpty(d.Field) ? d.Message : $"{d.Field}: {d.Message}", d.Severity == Domain.Validation.Severity.Error, d.ToString())),
    ];
}
