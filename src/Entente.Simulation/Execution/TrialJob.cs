using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Execution;

/// <summary>
/// What every range of a sweep shares: the plan, the baseline forecasts the accumulators centre on (computed once,
/// by the runner) and, for executors that run elsewhere, the scenario's text.
/// </summary>
public sealed record TrialJob
{
    /// <summary>The sweep.</summary>
    public required SweepPlan Plan { get; init; }

    /// <summary>The baseline forecast of each issue, in scenario order.</summary>
    public required IReadOnlyList<double> Centers { get; init; }

    /// <summary>The scenario's text, for executors that send it to another process; null when it has none (built in code).</summary>
    public ScenarioText? Source { get; init; }

    /// <summary>A device the model may hand its heaviest step to, for executors that run the model in this process; null for none.</summary>
    public Models.IModelAccelerator? Accelerator { get; init; }

    /// <summary>An empty block for this job: what merging no range gives.</summary>
    public TrialBlock EmptyBlock() => TrialBlock.Empty(Plan.Scenario, Centers);
}
