using Entente.Formats;

namespace Entente.Application;

/// <summary>Forecast a scenario with a model: the use case behind <c>entente forecast</c>.</summary>
public sealed record ForecastRequest
{
    /// <summary>The scenario, read and validated (see <see cref="DocumentService"/>).</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed.</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>Monte Carlo trials over types for the diplomacy layer: null for the scenario's, 0 for the nominal run alone.</summary>
    public int? Trials { get; init; }

    /// <summary>
    /// Which rounds keep their dyad table (expected utility models): none by default, since a table is actors² entries a
    /// round; a caller that shows dyads asks for the round it shows (or every round, bounded per issue).
    /// </summary>
    public Models.DyadSelection Dyads { get; init; }

    /// <summary>The run store to save the run in; null not to save it.</summary>
    public string? SaveTo { get; init; }

    /// <summary>Where the model's heaviest step runs: here, on a GPU (the spatial model's challenge step), or a GPU when there is one.</summary>
    public ComputeDevice Device { get; init; } = ComputeDevice.Cpu;

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate() =>
    [
        .. Model.Validate(),
        .. Trials is < 0 ? [RequestProblem.Of("trials", "must be 0 or more")] : Array.Empty<RequestProblem>(),
        .. Requests.ScenarioGiven(Scenario),
    ];
}
