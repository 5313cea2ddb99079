using Entente.Application;
using Entente.Formats;

namespace Entente.Web;

/// <summary>
/// One entry of a problem's <c>errors</c> (or <c>warnings</c>) array: where it is (file, line, column, when it is
/// about an input file), the field it is about, what is wrong, and <c>text</c>, the line the CLI prints for it.
/// </summary>
internal sealed record ProblemEntry(string? File, int? Line, int? Column, string Field, string Message, string Severity, string Text)
{
    /// <summary>A located problem of a scenario or table, exactly as <c>entente validate</c> prints it.</summary>
    public static ProblemEntry Of(Diagnostic diagnostic) => new(
        diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Field, diagnostic.Message,
        diagnostic.Severity == Domain.Validation.Severity.Error ? "error" : "warning", diagnostic.ToString());

    /// <summary>A problem with a request's field.</summary>
    public static ProblemEntry Of(RequestProblem problem) => new(
        problem.Location, null, null, problem.Field, problem.Message, "error",
        problem.Location is { } location ? $"{location}: error: {problem.Message}" : $"error: {problem.Message}");

    /// <summary>A problem with a field of the HTTP request itself (its JSON body, its query).</summary>
    public static ProblemEntry About(string field, string message) => Of(new RequestProblem(field, message));
}
