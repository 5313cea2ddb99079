namespace Entente.Simulation.Execution;

/// <summary>Trials <see cref="Start"/> to <see cref="End"/> − 1 of a sweep: the unit of work an executor runs.</summary>
/// <param name="Start">The first trial.</param>
/// <param name="Count">How many trials.</param>
public readonly record struct TrialRange(long Start, long Count)
{
    /// <summary>One past the last trial.</summary>
    public long End => Start + Count;

    /// <summary>
    /// Trials 0 to <paramref name="trials"/> − 1 cut into consecutive ranges of <paramref name="size"/> (the last
    /// may be shorter). The cut never changes a number: trial t draws from (seed, t) whatever range holds it.
    /// </summary>
    public static IReadOnlyList<TrialRange> Cut(long trials, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var ranges = new List<TrialRange>((int)Math.Min(int.MaxValue, (trials + size - 1) / size));
        for (var start = 0L; start < trials; start += size)
        {
            ranges.Add(new TrialRange(start, Math.Min(size, trials - start)));
        }
        return ranges;
    }
}
