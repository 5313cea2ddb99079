using Entente.Application;
using Entente.Domain.Validation;
using Entente.Formats;

namespace Entente.Web;

/// <summary>How what the application layer refused becomes a problem's status and entries.</summary>
internal static class ApiProblems
{
    public const string ScenarioTitle = "The scenario has errors";

    /// <summary>
    /// A refused request: a file that could not be read (422, its located problems first), a store that fails (503),
    /// a run that is not there (404), or bad fields (400).
    /// </summary>
    public static ApiProblemException From(RequestException e)
    {
        IReadOnlyList<ProblemEntry> entries = [.. e.Diagnostics.Select(ProblemEntry.Of), .. e.Problems.Select(ProblemEntry.Of)];
        if (e.Diagnostics.Count > 0)
        {
            return new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "The input file has errors", entries);
        }
        if (e.Problems.Count > 0 && e.Problems.All(p => p.Field == "store"))
        {
            return new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "The run store is unavailable", entries);
        }
        if (e.Problems.Count == 1 && e.Problems[0] is { Field: "id" or "run" } missing && missing.Message.StartsWith("no run ", StringComparison.Ordinal))
        {
            return new ApiProblemException(StatusCodes.Status404NotFound, "No such run", entries);
        }
        return new ApiProblemException(StatusCodes.Status400BadRequest, "The request is invalid", entries);
    }

    /// <summary>A scenario that could not be used: every located problem, errors and warnings apart.</summary>
    public static ApiProblemException Scenario(IReadOnlyList<Diagnostic> diagnostics) => new(
        StatusCodes.Status422UnprocessableEntity, ScenarioTitle,
        [.. diagnostics.Where(d => d.Severity == Severity.Error).Select(ProblemEntry.Of)],
        [.. diagnostics.Where(d => d.Severity != Severity.Error).Select(ProblemEntry.Of)]);
}
