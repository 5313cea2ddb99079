using System.Diagnostics;
using Entente.Models.Common;
using Entente.Models.ExpectedUtility;

namespace Entente.Application.Bench;

/// <summary>
/// Times the expected utility model (variant bdm) on a seeded random issue, fast probabilities against
/// the naive oracle, in one process on one thread: the library side of <c>entente bench eum</c>.
/// </summary>
public static class ExpectedUtilityBench
{
    /// <summary>Above this many actors the naive O(n³) form is not run by default (a round would take minutes).</summary>
    public const int DefaultNaiveLimit = 1000;

    private static readonly TimeSpan NaiveBudget = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="rounds"/> rounds with the fast probabilities, then the same with the naive
    /// ones (when <paramref name="actors"/> ≤ <paramref name="naiveLimit"/>; it stops after the round
    /// that spends its 10 s budget), from the same seeded start.
    /// </summary>
    public static ExpectedUtilityBenchResult Measure(int actors, int rounds, ulong seed = 1, int naiveLimit = DefaultNaiveLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);

        WarmUp();
        var fast = RoundsPerSecond(CreateEngine(actors, seed, naive: false), rounds, TimeSpan.MaxValue, out _);
        if (actors > naiveLimit)
        {
            return new ExpectedUtilityBenchResult(actors, rounds, fast, null, 0, null);
        }
        var naive = RoundsPerSecond(CreateEngine(actors, seed, naive: true), rounds, NaiveBudget, out var naiveRounds);
        return new ExpectedUtilityBenchResult(actors, rounds, fast, naive, naiveRounds, fast / naive);
    }

    /// <summary>
    /// A random issue: positions uniform on 0-100, saliences and capabilities uniform on 0.1-1, from
    /// <paramref name="seed"/>; bdm with default options and no rounds limit of its own.
    /// </summary>
    internal static EumEngine CreateEngine(int actors, ulong seed, bool naive)
    {
        var random = new CounterRandom(seed, 0);
        var positions = new double[actors];
        var saliences = new double[actors];
        var capabilities = new double[actors];
        for (var i = 0; i < actors; i++)
        {
            positions[i] = 100 * random.NextDouble();
            saliences[i] = 0.1 + 0.9 * random.NextDouble();
            capabilities[i] = 0.1 + 0.9 * random.NextDouble();
        }
        IWinProbability probability = naive ? new NaiveBdmProbability() : new SortedBdmProbability();
        return new EumEngine(positions, saliences, capabilities, new ExpectedUtilityOptions(), probability);
    }

    /// <summary>
    /// Runs both forms on a small issue until the JIT has compiled their loops fully optimised
    /// (tiered compilation recompiles a method after 30 calls, in the background), so the timing that
    /// follows measures the steady state and not the first compilation.
    /// </summary>
    private static void WarmUp()
    {
        var fast = CreateEngine(40, seed: 7, naive: false);
        var naive = CreateEngine(40, seed: 7, naive: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            fast.Step();
            naive.Step();
        }
    }

    private static double RoundsPerSecond(EumEngine engine, int rounds, TimeSpan budget, out int played)
    {
        var clock = Stopwatch.StartNew();
        played = 0;
        while (played < rounds)
        {
            engine.Step();
            played++;
            if (clock.Elapsed >= budget)
            {
                break;
            }
        }
        return played / clock.Elapsed.TotalSeconds;
    }
}
