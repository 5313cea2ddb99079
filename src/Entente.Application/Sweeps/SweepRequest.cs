using Entente.Formats;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>Monte Carlo over noisy inputs: the distribution of each issue's forecast (<c>entente sweep</c>).</summary>
public sealed record SweepRequest
{
    /// <summary>The scenario, read and validated.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed.</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>Number of trials.</summary>
    public long Trials { get; init; } = 1000;

    /// <summary>The input noise (<see cref="NoiseSettings.Default"/> unless given).</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.Default;

    /// <summary>Worker threads; null for all cores. Results do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>The run store to save the sweep in; null not to save it.</summary>
    public string? SaveTo { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        problems.AddRange(NoiseProblems.Of(Noise));
        if (Trials <= 0)
        {
            problems.Add(RequestProblem.Of("trials", "must be a positive whole number"));
        }
        if (Threads is <= 0)
        {
            problems.Add(RequestProblem.Of("threads", "must be positive"));
        }
        problems.AddRange(Requests.ScenarioGiven(Scenario));
        return problems;
    }
}
