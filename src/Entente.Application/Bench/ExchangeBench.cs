using System.Diagnostics;
using Entente.Domain;
using Entente.Models;
using Entente.Models.Common;
using Entente.Models.Exchange;

namespace Entente.Application.Bench;

/// <summary>
/// Times the exchange model on generated scenarios of many issues (<c>entente bench exchange</c>): the
/// incremental round against the spec's full sort (the baseline) in the same process, both on one thread,
/// and checks that the two agree bit for bit. The target is 400 issues in under 5 s.
/// </summary>
public static class ExchangeBench
{
    /// <summary>The target for <see cref="TargetIssues"/> issues, in seconds.</summary>
    public const double TargetSeconds = 5;

    /// <summary>The issue count the target is set for.</summary>
    public const int TargetIssues = 400;

    /// <summary>Actors of the generated scenarios unless asked otherwise.</summary>
    public const int DefaultActors = 5;

    /// <summary>Above this many issues the full sort is not run by default (it takes minutes at 400).</summary>
    public const int DefaultBaselineLimit = 200;

    // Time for the runtime's background compiler to finish what the warm-up queued.
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(500);

    /// <summary>The issue counts timed unless asked otherwise.</summary>
    public static IReadOnlyList<int> DefaultIssues { get; } = [100, 200, 400];

    /// <summary>
    /// Warms both paths up on a small scenario, then runs the model (10 rounds at most) on a generated
    /// scenario of <paramref name="issues"/> issues, and with the full sort as well up to
    /// <paramref name="baselineLimit"/> issues.
    /// </summary>
    public static ExchangeBenchResult Measure(int issues, int actors = DefaultActors, int baselineLimit = DefaultBaselineLimit, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(issues, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        // Warm-up long enough for the runtime to compile the hot methods fully (tiered compilation promotes a method
        // after many calls, in the background, after a pause): with one small run, the first large one ran partly in
        // the first tier and took a third longer.
        var small = Generated(actors, 30, seed);
        for (var i = 0; i < 3; i++)
        {
            Run(small, fullSort: false);
            Run(small, fullSort: true);
        }
        Thread.Sleep(WarmUpPause);

        var scenario = Generated(actors, issues, seed);
        var (fast, seconds, cpu) = Timed(scenario, fullSort: false);
        var exchanges = fast.Rounds?.Sum(r => r.Exchanges?.Count ?? 0) ?? 0;
        var result = new ExchangeBenchResult(issues, actors, fast.Rounds?.Count ?? 0, exchanges, seconds, cpu, null, null);
        if (issues > baselineLimit)
        {
            return result;
        }
        var (full, baseline, _) = Timed(scenario, fullSort: true);
        return result with { BaselineSeconds = baseline, Difference = SameResult.FirstDifference(fast, full) ?? "" };
    }

    /// <summary>
    /// A seeded scenario: capabilities 1-100, positions 0-100 and saliences 0.1-1 drawn at full precision,
    /// so equal gains are rare and the incremental round seldom has to fall back on the full sort.
    /// </summary>
    internal static Scenario Generated(int actors, int issues, ulong seed) =>
        SweepBench.Generated(actors, issues, seed, capabilityLow: 1, capabilityWidth: 99);

    private static (ForecastResult Result, double Seconds, double CpuSeconds) Timed(Scenario scenario, bool fullSort)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Run(scenario, fullSort);
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (result, seconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static ForecastResult Run(Scenario scenario, bool fullSort) =>
        new ExchangeModel(new ExchangeOptions(), fullSort).Run(scenario, ModelRunContext.Default);
}

/// <summary>What <see cref="ExchangeBench.Measure"/> timed.</summary>
/// <param name="Issues">Issues in the scenario.</param>
/// <param name="Actors">Actors in the scenario.</param>
/// <param name="Rounds">Rounds the model ran.</param>
/// <param name="Exchanges">Exchanges realised over all rounds.</param>
/// <param name="Seconds">Wall-clock time of the run with the incremental round.</param>
/// <param name="CpuSeconds">Processor time of that run (the collector's threads included).</param>
/// <param name="BaselineSeconds">Wall-clock time of the run with the full sort; null when not run.</param>
/// <param name="Difference">Where the two runs differ ("" when they agree bit for bit); null when the baseline was not run.</param>
public sealed record ExchangeBenchResult(int Issues, int Actors, int Rounds, int Exchanges, double Seconds, double CpuSeconds, double? BaselineSeconds, string? Difference)
{
    /// <summary>How many times faster than the full sort; null without the baseline.</summary>
    public double? Ratio => BaselineSeconds / Seconds;
}
