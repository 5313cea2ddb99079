namespace Entente.Web;

/// <summary>
/// A request the API answers with a problem: thrown by the endpoints' helpers, written by <see cref="ProblemMiddleware"/>
/// as RFC 9457 problem details with <see cref="Errors"/> (and <see cref="Warnings"/>) as extension arrays.
/// </summary>
internal sealed class ApiProblemException(int status, string title, IReadOnlyList<ProblemEntry> errors, IReadOnlyList<ProblemEntry>? warnings = null)
    : Exception(title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IReadOnlyList<ProblemEntry> Errors { get; } = errors;

    public IReadOnlyList<ProblemEntry> Warnings { get; } = warnings ?? [];

    /// <summary>Seconds a client should wait before trying again (429, 503); null for none.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>A bad field of the request.</summary>
    public static ApiProblemException BadField(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "The request is invalid", [ProblemEntry.About(field, message)]);
}
