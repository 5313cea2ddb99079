using Entente.Formats;
using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>One-at-a-time sensitivity of each issue's forecast, and the pivotal actors (<c>entente sensitivity</c>).</summary>
public sealed record SensitivityRequest
{
    /// <summary>The scenario, read and validated.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed.</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>The steps and the pivotal threshold.</summary>
    public SensitivitySettings Settings { get; init; } = new();

    /// <summary>The cluster to run the actors' runs on; null to run them here. Results do not depend on it.</summary>
    public ClusterTarget? Cluster { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        var s = Settings;
        if (!(s.PositionStep > 0 && s.PositionStep <= 1)) problems.Add(RequestProblem.Of("position-step", "must be in (0, 1]"));
        if (!(s.SalienceStep > 0 && s.SalienceStep <= 1)) problems.Add(RequestProblem.Of("salience-step", "must be in (0, 1]"));
        if (!(s.CapabilityFactor > 1 && double.IsFinite(s.CapabilityFactor))) problems.Add(RequestProblem.Of("capability-factor", "must be above 1"));
        if (!(s.PivotalShare >= 0 && s.PivotalShare <= 1)) problems.Add(RequestProblem.Of("pivotal", "must be in [0, 1]"));
        problems.AddRange(Cluster?.Validate() ?? []);
        problems.AddRange(Requests.ScenarioGiven(Scenario));
        return problems;
    }
}
