using Entente.Domain;

namespace Entente.Application;

/// <summary>What every request that runs a model names: the model, its options, the rounds and the seed.</summary>
public sealed record ModelChoice
{
    /// <summary>The model; null for the scenario's model, else the default.</summary>
    public string? Model { get; init; }

    /// <summary>Options that override the scenario's options for the same model.</summary>
    public IReadOnlyList<ModelOption> Options { get; init; } = [];

    /// <summary>Rounds (fixed-round models) or the most rounds (iterating models); null for the model's own.</summary>
    public int? Rounds { get; init; }

    /// <summary>Seed of every random draw.</summary>
    public ulong Seed { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate() =>
        Rounds switch
        {
            <= 0 => [RequestProblem.Of("rounds", "must be a positive whole number")],
            { } rounds when Models.RoundLimit.Problem(rounds) is { } problem => [RequestProblem.Of("rounds", problem)],
            _ => [],
        };

    /// <summary>The engine's request for <paramref name="scenario"/>.</summary>
    internal Simulation.Forecasting.ForecastRequest For(Scenario scenario, int? trials = null) => new()
    {
        Scenario = scenario,
        Model = Model,
        Options = Options,
        Rounds = Rounds,
        Seed = Seed,
        Trials = trials,
    };
}
