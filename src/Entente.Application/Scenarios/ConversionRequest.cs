namespace Entente.Application;

/// <summary>
/// Write a scenario as YAML: any supported input (<see cref="Scenario"/>), or one proposal of a DEU table
/// (<see cref="Proposal"/>, with the table as <see cref="ScenarioRequest.Path"/>).
/// </summary>
public sealed record ConversionRequest
{
    /// <summary>The input.</summary>
    public required ScenarioRequest Scenario { get; init; }

    /// <summary>From a DEU table: the proposal (prnr) to write as one scenario.</summary>
    public string? Proposal { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate() =>
        [.. Scenario.Validate(), .. Proposal is not null && Scenario.Path is null ? [new RequestProblem("proposal", "proposal needs a DEU table file")] : Array.Empty<RequestProblem>()];
}
