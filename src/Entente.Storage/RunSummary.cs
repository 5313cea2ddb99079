namespace Entente.Storage;

/// <summary>One line of a store's list of runs: what ran, when, and on what, without the results.</summary>
public sealed record RunSummary
{
    /// <summary>The run's id.</summary>
    public required long Id { get; init; }

    /// <summary>What produced it.</summary>
    public required RunKind Kind { get; init; }

    /// <summary>The scenario's name.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>SHA-256 of the scenario text.</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>The model.</summary>
    public required string Model { get; init; }

    /// <summary>The seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The version of the code that ran.</summary>
    public required string CodeVersion { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>How many issues have stored forecasts (0 for summary runs).</summary>
    public required int IssueCount { get; init; }

    /// <summary>
    /// What is wrong with the run's row when it cannot be read whole (the column and why); null for an intact run. A
    /// damaged run is listed with its id and what could be read, so one bad row leaves the rest of the store usable.
    /// </summary>
    public string? Damage { get; init; }
}
