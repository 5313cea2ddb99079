using Entente.Domain.Validation;

namespace Entente.Formats;

/// <summary>
/// One problem with an input file, located as precisely as the format allows: the file, the line and
/// column (1-based, where known) and the field at fault.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line, or null when the problem concerns the file as a whole.</param>
/// <param name="Column">1-based column, or null when unknown.</param>
/// <param name="Field">The field at fault (<c>salience</c>, <c>actors[2].id</c>), or empty.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record Diagnostic(string File, int? Line, int? Column, string Field, string Message, Severity Severity = Severity.Error)
{
    /// <summary>The one-line form the CLI prints: <c>file:line:column: error: field: message</c>.</summary>
    public override string ToString()
    {
        var where = File;
        if (Line is { } line)
        {
            where += $":{line}";
            if (Column is { } column)
            {
                where += $":{column}";
            }
        }
        var kind = Severity == Severity.Error ? "error" : "warning";
        var field = string.IsNullOrEmpty(Field) ? "" : $"{Field}: ";
        return $"{where}: {kind}: {field}{Message}";
    }
}
