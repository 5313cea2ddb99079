namespace Entente.Application;

/// <summary>When a run started and how long it has taken, both from the application's <see cref="TimeProvider"/>.</summary>
public sealed class RunClock
{
    private readonly TimeProvider _time;
    private readonly long _start;

    internal RunClock(TimeProvider time)
    {
        _time = time;
        StartedAt = time.GetUtcNow();
        _start = time.GetTimestamp();
    }

    /// <summary>The wall-clock time the run started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The time since the run started.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(_start);
}
