namespace Entente.Models.Spatial;

/// <summary>Runs small loops on one thread, where handing work to the pool would cost more than the work.</summary>
internal static class ParallelPlan
{
    private const long MinimumParallelWork = 200_000;

    private static readonly ParallelOptions Sequential = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions Wide = new();

    /// <summary>Options for a loop of <paramref name="iterations"/> doing about <paramref name="work"/> operations in all.</summary>
    public static ParallelOptions For(int iterations, long work) =>
        iterations > 1 && work >= MinimumParallelWork ? Wide : Sequential;
}
