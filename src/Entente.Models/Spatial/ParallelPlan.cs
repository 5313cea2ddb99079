namespace Entente.Models.Spatial;

/// <summary>Runs small loops on one thread, where handing work to other threads would cost more than the work.</summary>
internal static class ParallelPlan
{
    private const long MinimumParallelWork = 200_000;

    /// <summary>Runs a loop of <paramref name="iterations"/> doing about <paramref name="work"/> operations in all.</summary>
    public static void Run(ILoopRunner? loops, int iterations, long work, Action<int> body) =>
        (iterations > 1 && work >= MinimumParallelWork ? loops ?? SequentialLoops.Instance : SequentialLoops.Instance).For(iterations, body);
}
