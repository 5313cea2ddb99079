using System.Diagnostics;
using Entente.Simulation.Advice;
using SimulationRequest = Entente.Simulation.Forecasting.ForecastRequest;

namespace Entente.Application.Bench;

/// <summary>What one timing of the full advice measured.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Actors">Its actors.</param>
/// <param name="Issues">Its issues.</param>
/// <param name="Rounds">The rounds each run ran at most.</param>
/// <param name="Trials">Paired trials per fully evaluated lever.</param>
/// <param name="Candidates">Levers generated and evaluated.</param>
/// <param name="Runs">Model runs the search took.</param>
/// <param name="Seconds">Wall-clock seconds of the search.</param>
/// <param name="Families">Candidates per lever family, e.g. "persuasion 132".</param>
/// <param name="CpuSeconds">CPU seconds the process spent over the search, every thread together (steadier than the
/// wall clock on a shared machine).</param>
/// <param name="GcPauseSeconds">Seconds the garbage collector paused the process over the search.</param>
/// <param name="JitSeconds">Seconds spent compiling methods (the JIT) over the search, every thread together.</param>
/// <param name="AllocatedBytes">Bytes allocated over the search, every thread together.</param>
public sealed record AdviceBenchResult(string Scenario, int Actors, int Issues, int Rounds, int Trials, int Candidates, long Runs, double Seconds, string Families,
    double CpuSeconds, double GcPauseSeconds = 0, double JitSeconds = 0, long AllocatedBytes = 0);

/// <summary>
/// Times the full advice (every lever family, the halving search) for the first actor of the generated diplomacy
/// case (<see cref="DiplomacyBench.Generated"/>), on every core.
/// </summary>
public static class AdviceBench
{
    /// <summary>Generates the case and times the advice.</summary>
    public static AdviceBenchResult Measure(int actors, int issues, int rounds, int trials, int budget = AdviceSettings.DefaultBudget,
        AdviceSearch search = AdviceSearch.Halving, ulong seed = 1)
    {
        var scenario = DiplomacyBench.Generated(actors, issues, seed);
        var settings = new AdviceSettings { Actor = scenario.Actors[0].Id, Trials = trials, Budget = budget, Search = search, Seed = seed };
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (pause, jit, allocated) = (GC.GetTotalPauseDuration(), System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes());
        var clock = Stopwatch.StartNew();
        var result = LeverSearch.Run(new SimulationRequest { Scenario = scenario, Model = "eum-diplomacy", Rounds = rounds }, settings);
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var gcPause = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        var jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes() - allocated;
        return new AdviceBenchResult(scenario.Name, actors, issues, rounds, trials, result.Candidates, result.Runs, clock.Elapsed.TotalSeconds,
            string.Join(", ", result.Levers.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => $"{LeverFamilies.NameOf(g.Key)} {g.Count()}")), cpuSeconds,
            gcPause, jitSeconds, bytes);
    }
}
