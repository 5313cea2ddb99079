namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Runs the trials of a sweep. Implementations (all CPU cores, a GPU, an Orleans cluster) must give
/// identical numbers for the same plan: trial t depends only on (seed, t), and aggregation is exact.
/// </summary>
public interface ITrialExecutor
{
    /// <summary>Runs <paramref name="plan"/>; <paramref name="progress"/> is told the count of completed trials now and then.</summary>
    SweepResult Run(SweepPlan plan, IProgress<long>? progress = null, CancellationToken cancellation = default);
}
