using Entente.Formats;

namespace Entente.Application;

/// <summary>A scenario and its counterfactual variants run with the same seed, side by side (<c>entente compare</c>).</summary>
public sealed record ComparisonRequest
{
    /// <summary>The scenario, read and validated; it must declare variants.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed.</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>Monte Carlo trials over types for the diplomacy layer: null for the scenario's, 0 for the nominal runs alone.</summary>
    public int? Trials { get; init; }

    /// <summary>Trials of the attribution of a diplomacy scenario (the base without each signal and negotiation); 0 for none.</summary>
    public int Attribution { get; init; } = 200;

    /// <summary>The variants to compare; empty for every variant.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The run store to save the comparison in; null not to save it.</summary>
    public string? SaveTo { get; init; }

    /// <summary>The cluster to run the Monte Carlo runs over types on (the base's, the variants', the attribution's); null to run them here. Results do not depend on it.</summary>
    public ClusterTarget? Cluster { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        if (Trials is < 0)
        {
            problems.Add(RequestProblem.Of("trials", "must be 0 or more"));
        }
        if (Attribution < 0)
        {
            problems.Add(RequestProblem.Of("attribution", "must be 0 or more"));
        }
        problems.AddRange(Cluster?.Validate() ?? []);
        problems.AddRange(Requests.ScenarioGiven(Scenario));
        if (Scenario is { } document && document.Scenario.Variants.Count == 0)
        {
            problems.Add(new RequestProblem("scenario", "the scenario declares no variants to compare") { Location = document.File });
        }
        return problems;
    }
}
