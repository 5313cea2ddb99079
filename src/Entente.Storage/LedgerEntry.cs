namespace Entente.Storage;

/// <summary>
/// A sealed forecast in the forecast ledger: what was forecast, fixed by hashes at sealing, and, once the outcomes
/// are known, what happened.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>The sealed run.</summary>
    public required long RunId { get; init; }

    /// <summary>When it was sealed (UTC).</summary>
    public required DateTimeOffset SealedAt { get; init; }

    /// <summary>The analyst's note at sealing, if any.</summary>
    public string? Note { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the run's inputs: the scenario text, model, options, seed and round limit.</summary>
    public required string InputsSha256 { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the run's output document (its result, or its summary).</summary>
    public required string OutputsSha256 { get; init; }

    /// <summary>The version of the code that made the forecast.</summary>
    public required string CodeVersion { get; init; }

    /// <summary>When the outcomes were recorded (UTC); null while the entry is not graded.</summary>
    public DateTimeOffset? GradedAt { get; init; }

    /// <summary>The outcomes recorded, by issue id (and <c>agreement</c> / <c>escalation</c> as 0 or 1); empty while not graded.</summary>
    public IReadOnlyDictionary<string, double> Outcomes { get; init; } = new Dictionary<string, double>();
}

/// <summary>What became of a change to the ledger.</summary>
public enum LedgerChange
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>There is no run with that id.</summary>
    NoSuchRun,

    /// <summary>The run is sealed already: a seal is never replaced.</summary>
    AlreadySealed,

    /// <summary>The run is not sealed: only a sealed forecast may be graded.</summary>
    NotSealed,

    /// <summary>The entry is graded already: outcomes are recorded once.</summary>
    AlreadyGraded,
}
