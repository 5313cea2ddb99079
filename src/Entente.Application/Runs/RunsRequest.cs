namespace Entente.Application;

/// <summary>What to do with saved runs (<c>entente runs list|show|diff|export|delete</c>).</summary>
public enum RunsAction
{
    /// <summary>Every run's header, oldest first.</summary>
    List,

    /// <summary>One run, whole.</summary>
    Show,

    /// <summary>Two runs, to compare.</summary>
    Diff,

    /// <summary>One run as a document: JSON (everything) or CSV (the positions).</summary>
    Export,

    /// <summary>Delete one run and all its rows.</summary>
    Delete,

    /// <summary>Check the store: the database's integrity, the schema, and every run read whole with its document validated.</summary>
    Check,
}

/// <summary>A request about saved runs in one store.</summary>
public sealed record RunsRequest
{
    /// <summary>The run store: a SQLite path, a <c>postgres://</c> URL or an Npgsql connection string.</summary>
    public string? Store { get; init; }

    /// <summary>What to do.</summary>
    public RunsAction Action { get; init; }

    /// <summary>The run (the first of a diff).</summary>
    public long? Id { get; init; }

    /// <summary>The second run of a diff.</summary>
    public long? OtherId { get; init; }

    /// <summary>For an export: <c>json</c> or <c>csv</c>.</summary>
    public string Format { get; init; } = "json";

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (string.IsNullOrWhiteSpace(Store)) problems.Add(new RequestProblem("store", "a run store is required"));
        if (Action is not (RunsAction.List or RunsAction.Check) && Id is null) problems.Add(new RequestProblem("id", "a run id is required"));
        if (Action == RunsAction.Diff && OtherId is null) problems.Add(new RequestProblem("id2", "a second run id is required"));
        if (Action == RunsAction.Export && Format is not ("json" or "csv")) problems.Add(RequestProblem.Of("format", "must be json or csv"));
        return problems;
    }
}
