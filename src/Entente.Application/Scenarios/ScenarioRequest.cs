namespace Entente.Application;

/// <summary>
/// A scenario to read: a file (<see cref="Path"/>) or text a user pasted or uploaded (<see cref="Text"/>, shown as
/// <see cref="Name"/> in every problem). Any supported format, recognised by content.
/// </summary>
public sealed record ScenarioRequest
{
    /// <summary>The file to read.</summary>
    public string? Path { get; init; }

    /// <summary>The scenario's text, when it comes from no file.</summary>
    public string? Text { get; init; }

    /// <summary>The name problems in <see cref="Text"/> are reported under.</summary>
    public string Name { get; init; } = "scenario";

    /// <summary>Keep a scenario with validation errors (to convert it anyway); warnings never stop it.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>
    /// Receives each problem of the file as the reader finds it, before the load returns: a command line prints them as
    /// they come, so a long bad file shows its first problems at once. The load's result lists them all again.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Action<Formats.Diagnostic>? Found { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate() =>
        (Path is null) == (Text is null) ? [new RequestProblem("scenario", "give either a scenario file or a scenario's text")] : [];
}
