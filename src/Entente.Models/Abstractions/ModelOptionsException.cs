namespace Entente.Models;

/// <summary>Model options that cannot be used, with every problem listed.</summary>
public sealed class ModelOptionsException : Exception
{
    /// <summary>Creates the exception from its problems, one sentence each.</summary>
    public ModelOptionsException(IReadOnlyList<string> problems)
        : base(string.Join("; ", problems)) => Problems = problems;

    /// <summary>Creates the exception with a single problem.</summary>
    public ModelOptionsException(string problem) : this([problem])
    {
    }

    /// <summary>Creates the exception with a single problem and its cause.</summary>
    public ModelOptionsException(string problem, Exception inner) : base(problem, inner) => Problems = [problem];

    /// <summary>Creates an exception with no problems listed.</summary>
    public ModelOptionsException() : this([]) { }

    /// <summary>Every problem, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
