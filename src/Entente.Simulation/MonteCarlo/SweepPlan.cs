using Entente.Domain;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.MonteCarlo;

/// <summary>A Monte Carlo sweep: which scenario, which model, how many trials, what noise, which seed.</summary>
public sealed record SweepPlan
{
    /// <summary>The validated scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The model to run in every trial.</summary>
    public required string Model { get; init; }

    /// <summary>The model's options.</summary>
    public IReadOnlyList<ModelOption> Options { get; init; } = [];

    /// <summary>Rounds override for the model, if any.</summary>
    public int? Rounds { get; init; }

    /// <summary>Number of trials.</summary>
    public required long Trials { get; init; }

    /// <summary>Seed: trial t draws from the stream (seed, t) and nothing else.</summary>
    public ulong Seed { get; init; }

    /// <summary>Input noise.</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.None;

    /// <summary>
    /// The sweep of the forecast <paramref name="request"/> asks for: the same model (the command line's,
    /// else the scenario's, else the default), options, rounds and seed.
    /// </summary>
    public static SweepPlan For(ForecastRequest request, long trials, NoiseSettings noise)
    {
        var model = ForecastRunner.ResolveModel(request);
        return new SweepPlan
        {
            Scenario = request.Scenario,
            Model = model,
            Options = ForecastRunner.ResolveOptions(request, model),
            Rounds = request.Rounds,
            Trials = trials,
            Seed = request.Seed,
            Noise = noise,
        };
    }
}
