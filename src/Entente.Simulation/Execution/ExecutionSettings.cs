namespace Entente.Simulation.Execution;

/// <summary>How the runner cuts and schedules work. No setting changes a number, only how fast it comes.</summary>
public sealed record ExecutionSettings
{
    /// <summary>The default trials per range: large enough that a range's overhead (a model instance, a block) is small.</summary>
    public const long DefaultRangeSize = 256;

    /// <summary>Trials per range.</summary>
    public long RangeSize { get; init; } = DefaultRangeSize;

    /// <summary>Ranges in flight at once; the executor's own <see cref="ITrialRangeExecutor.Concurrency"/> when null.</summary>
    public int? Workers { get; init; }

    /// <summary>Tries per range before the run fails: a range that failed (a lost machine) is run again, with the same result.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>
    /// The wait before trying a failed range again, times the attempt number: on a cluster, long enough for a dead
    /// machine to be declared dead and its work to move; none on this machine.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.Zero;

    /// <summary>The defaults.</summary>
    public static ExecutionSettings Default { get; } = new();

    /// <summary>
    /// A device the trials' model may hand its heaviest step to (the spatial model's challenge step to a GPU), on the
    /// executors that run the model here; null for none. The numbers do not depend on it.
    /// </summary>
    public Models.IModelAccelerator? Accelerator { get; init; }

    /// <summary>The settings a runner takes: the defaults for null; <see cref="ArgumentException"/> for settings with problems.</summary>
    internal static ExecutionSettings Checked(ExecutionSettings? settings, string parameter)
    {
        settings ??= Default;
        var problems = settings.Problems();
        return problems.Count > 0 ? throw new ArgumentException(string.Join("; ", problems), parameter) : settings;
    }

    /// <summary>Problems with the settings, one sentence each.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (RangeSize < 1)
        {
            problems.Add($"range size must be at least 1 trial (got {RangeSize})");
        }
        if (Workers is < 1)
        {
            problems.Add($"workers must be at least 1 (got {Workers})");
        }
        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"the retry delay must not be negative (got {RetryDelay})");
        }
        if (Attempts < 1)
        {
            problems.Add($"attempts must be at least 1 (got {Attempts})");
        }
        return problems;
    }
}
