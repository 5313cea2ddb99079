using Entente.Storage;

namespace Entente.Application;

/// <summary>What a runs request found: the store's location and, by action, the runs, the run(s) or the document.</summary>
public sealed record RunsOutcome
{
    /// <summary>The store as shown to the user.</summary>
    public required string Location { get; init; }

    /// <summary>For a list: every run, oldest first.</summary>
    public IReadOnlyList<RunSummary> Runs { get; init; } = [];

    /// <summary>For show, export, delete and diff: the run (the first of a diff).</summary>
    public StoredRun? Run { get; init; }

    /// <summary>For a diff: the second run.</summary>
    public StoredRun? Other { get; init; }

    /// <summary>For a list: the store's integrity finding and each damaged run, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>For a check: what it found.</summary>
    public StoreCheck? Check { get; init; }

    /// <summary>For list, show, export and check: the document (JSON, or CSV for a CSV export).</summary>
    public string? Document { get; init; }
}
