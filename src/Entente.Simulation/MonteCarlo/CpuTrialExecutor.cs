using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// A sweep on this machine's cores, waited for: the <see cref="TrialRunner"/> over a <see cref="LocalTrialExecutor"/>
/// with <c>threads</c> ranges in flight, for callers that are synchronous (reports, benchmarks). Any thread count
/// gives the same numbers.
/// </summary>
public sealed class CpuTrialExecutor(int? threads = null)
{
    /// <summary>Runs <paramref name="plan"/>; <paramref name="progress"/> is told the count of completed trials now and then.</summary>
    public SweepResult Run(SweepPlan plan, IProgress<long>? progress = null, CancellationToken cancellation = default) =>
        new TrialRunner(new LocalTrialExecutor(threads)).RunAsync(plan, null, progress, cancellation).GetAwaiter().GetResult();
}
