namespace Entente.Application;

/// <summary>
/// What became of saving a run: its id in the store at <see cref="Location"/>, or why it could not be saved
/// (<see cref="Error"/>, one line naming the store). The run's result stands either way.
/// </summary>
public sealed record SavedRun
{
    /// <summary>The new run's id; null when saving failed.</summary>
    public long? Id { get; init; }

    /// <summary>The store as shown to the user; the location asked for when it could not be opened.</summary>
    public required string Location { get; init; }

    /// <summary>Why the run was not saved; null when it was.</summary>
    public string? Error { get; init; }
}
