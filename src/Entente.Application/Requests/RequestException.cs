namespace Entente.Application;

/// <summary>
/// A request the application cannot carry out as asked: every problem at once (bad fields, an unknown model or
/// option, a scenario that does not load, a store that cannot be opened). Never a defect of Entente's.
/// </summary>
public sealed class RequestException : Exception
{
    /// <summary>A failure with every problem found.</summary>
    public RequestException(IReadOnlyList<RequestProblem> problems)
        : base(string.Join("; ", problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    /// <summary>A failure with one problem.</summary>
    public RequestException(string field, string message)
        : this([new RequestProblem(field, message)])
    {
    }

    /// <summary>An input file that could not be read: its located problems.</summary>
    public RequestException(IReadOnlyList<Formats.Diagnostic> diagnostics)
        : base(string.Join("; ", diagnostics))
    {
        Problems = [];
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<RequestProblem> Problems { get; }

    /// <summary>Located problems of an input file (<c>file:line:column: error: field: message</c>), shown before <see cref="Problems"/>.</summary>
    public IReadOnlyList<Formats.Diagnostic> Diagnostics { get; } = [];

    /// <summary>Throws when <paramref name="problems"/> holds any.</summary>
    public static void ThrowIfAny(IReadOnlyList<RequestProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new RequestException(problems);
        }
    }
}
