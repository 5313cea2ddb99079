using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Advice;

/// <summary>The advice: the ranked levers, the exact levers where the model has them, and how the search ran.</summary>
public sealed record AdviceResult
{
    /// <summary>Said with every piece of advice.</summary>
    public const string Caveat = "Other actors follow the model's rules; this finds levers, it is not a playbook.";

    /// <summary>The settings as run (trials as used: 1 for a model without the diplomacy layer).</summary>
    public required AdviceSettings Settings { get; init; }

    /// <summary>The model that ran.</summary>
    public required string Model { get; init; }

    /// <summary>The issues the levers work on and the outcome objective counts.</summary>
    public required IReadOnlyList<string> Issues { get; init; }

    /// <summary>The advised actor's ideal on each of those issues.</summary>
    public required IReadOnlyList<double> Ideals { get; init; }

    /// <summary>Whether the trials drew the diplomacy layer's types (false: one deterministic run per candidate).</summary>
    public required bool OverTypes { get; init; }

    /// <summary>The input noise the trials drew besides the types (<see cref="NoiseSettings.None"/> for none).</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.None;

    /// <summary>The base scenario's objective, averaged over the trials.</summary>
    public required double BaseObjective { get; init; }

    /// <summary>How many candidates were generated and evaluated.</summary>
    public required int Candidates { get; init; }

    /// <summary>How many model runs the search took (the base's included).</summary>
    public required long Runs { get; init; }

    /// <summary>The levers, best first: those evaluated on the full trials, then those screened out.</summary>
    public required IReadOnlyList<RankedLever> Levers { get; init; }

    /// <summary>Pairs of the best levers (<see cref="AdviceSettings.Pairs"/>), best first; empty when none were asked for.</summary>
    public IReadOnlyList<RankedLever> Pairs { get; init; } = [];

    /// <summary>
    /// Combined levers (<see cref="AdviceSearch.Coordinate"/> or <see cref="AdviceSearch.Combinations"/>): every
    /// combination evaluated on the full trials, the search's answer first (the best the coordinate search reached, or
    /// the grid's best), then the rest by mean effect; each with its interaction over its levers alone. Empty for the
    /// other searches.
    /// </summary>
    public IReadOnlyList<RankedLever> Combinations { get; init; } = [];

    /// <summary>The coordinates the combinations were searched over (what the best single levers touch), e.g. "signal/leak/round".</summary>
    public IReadOnlyList<string> Coordinates { get; init; } = [];

    /// <summary>How many combinations the coordinate search or grid ran on the full trials (single levers already run are reused).</summary>
    public int CombinationsEvaluated { get; init; }

    /// <summary>The compromise model's exact levers on the advised issues; empty for other models.</summary>
    public required IReadOnlyList<ExactLever> Exact { get; init; }

    /// <summary>Candidates left out because the scenario they made was invalid, and similar notes.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
