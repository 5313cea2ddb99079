using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Advice;

/// <summary>How candidates are searched: every one at full trials, or screened by successive halving.</summary>
public enum AdviceSearch
{
    /// <summary>Successive halving: every candidate on a few trials, the better half on twice as many, until the budget's survivors run the full trials.</summary>
    Halving,

    /// <summary>Every candidate on the full trials (for checking the halving search).</summary>
    Grid,
}

/// <summary>What to advise on: whose levers, toward what, and how hard to search.</summary>
public sealed record AdviceSettings
{
    /// <summary>The advised actor's id.</summary>
    public required string Actor { get; init; }

    /// <summary>What a lever should improve.</summary>
    public AdviceObjective Objective { get; init; } = AdviceObjective.Outcome;

    /// <summary>The issues the outcome objective counts and the levers work on; empty for every issue the actor takes a stance on.</summary>
    public IReadOnlyList<string> Issues { get; init; } = [];

    /// <summary>The lever families to generate.</summary>
    public IReadOnlyList<LeverFamily> Families { get; init; } = LeverFamilies.All;

    /// <summary>The most candidates carried to the full trials by the halving search.</summary>
    public int Budget { get; init; } = DefaultBudget;

    /// <summary>Trials per fully evaluated candidate (diplomacy scenarios; other models run once).</summary>
    public int Trials { get; init; } = 2000;

    /// <summary>The seed of the named streams: the base and every candidate draw the same types trial by trial.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The search.</summary>
    public AdviceSearch Search { get; init; } = AdviceSearch.Halving;

    /// <summary>Worker threads; null for one per core. The figures do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// Whether trials that draw the same types share one run (the default). A run of the diplomacy layer is a function of
    /// its draw, so sharing gives the same figures; off, every trial is run (for checking that).
    /// </summary>
    public bool ShareDraws { get; init; } = true;

    /// <summary>
    /// The sweep's input noise (positions, saliences, capabilities, perceptions, channel credibilities), drawn per trial
    /// on the sweep's named streams, in addition to the types: the base and every lever draw the same noise in trial t,
    /// and a lever's edit applies before the noise. None by default.
    /// </summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.None;

    /// <summary>
    /// How many of the best single levers (fully evaluated, with a positive effect) to combine in pairs, each pair run on
    /// the full trials; 0 (the default) for none.
    /// </summary>
    public int Pairs { get; init; }

    /// <summary>The default budget.</summary>
    public const int DefaultBudget = 12;
}
