namespace Entente.Storage;

/// <summary>A stored run that cannot be read whole: its id and what is wrong (the column and why).</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Problem">What is wrong, naming the column or table (for example "column seed: …").</param>
public sealed record RunDamage(long Id, string Problem);

/// <summary>What <c>entente runs check</c> found in a store.</summary>
public sealed record StoreCheck
{
    /// <summary>The store as shown to the user.</summary>
    public required string Location { get; init; }

    /// <summary>What the database's own integrity check said: "ok", or what it found; null where the database offers none to run (PostgreSQL without its amcheck extension).</summary>
    public string? Integrity { get; init; }

    /// <summary>Problems of the store as a whole: integrity, missing tables or columns, rows that belong to no run.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>How many runs were read.</summary>
    public int RunsChecked { get; init; }

    /// <summary>The runs that cannot be read whole, by id.</summary>
    public IReadOnlyList<RunDamage> DamagedRuns { get; init; } = [];

    /// <summary>Whether nothing is wrong.</summary>
    public bool Clean => Problems.Count == 0 && DamagedRuns.Count == 0;
}
