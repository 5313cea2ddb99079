namespace Entente.Formats;

/// <summary>A file that could not be read as a scenario, with every problem found.</summary>
public sealed class ScenarioLoadException : Exception
{
    /// <summary>Creates the exception from its diagnostics.</summary>
    public ScenarioLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public ScenarioLoadException(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    /// <summary>Creates an exception with a bare message and no location.</summary>
    public ScenarioLoadException(string message) : this(new Diagnostic("", null, null, "", message))
    {
    }

    /// <summary>Creates an exception with a bare message, no location, and its cause.</summary>
    public ScenarioLoadException(string message, Exception inner) : base(message, inner) =>
        Diagnostics = [new Diagnostic("", null, null, "", message)];

    /// <summary>Creates an exception with no diagnostics.</summary>
    public ScenarioLoadException() : this([]) { }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
