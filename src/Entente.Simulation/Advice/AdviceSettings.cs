using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Advice;

/// <summary>
/// How candidates are searched: single levers screened by successive halving or every one at full trials; and, for
/// combined levers, a coordinate search or the full grid of combinations that checks it.
/// </summary>
public enum AdviceSearch
{
    /// <summary>Successive halving: every candidate on a few trials, the better half on twice as many, until the budget's survivors run the full trials.</summary>
    Halving,

    /// <summary>Every candidate on the full trials (for checking the halving search).</summary>
    Grid,

    /// <summary>
    /// The halving search over single levers, then a coordinate search over combined levers: the coordinates are what
    /// the best fully evaluated single levers (at most the budget, helping or not) touch (a stance's position or salience, a signal's channel, its round, the claims on an
    /// issue); starting from the best single lever, each coordinate in turn is set to its best option (every lever on
    /// it, or none) with the others held, on the full paired trials, until a sweep improves nothing.
    /// </summary>
    Coordinate,

    /// <summary>
    /// The halving search over single levers, then every combination of the coordinate search's coordinates and
    /// options on the full paired trials (the full grid, to check the coordinate search; at most
    /// <see cref="AdviceSettings.MaxCombinations"/> combinations).
    /// </summary>
    Combinations,
}

/// <summary>The searches' names as the command line and the documents spell them.</summary>
public static class AdviceSearches
{
    /// <summary>The names, in the enum's order.</summary>
    public static readonly IReadOnlyList<string> Names = ["halving", "grid", "coordinate", "combinations"];

    /// <summary>The name of <paramref name="search"/>.</summary>
    public static string NameOf(AdviceSearch search) => Names[(int)search];

    /// <summary>Reads a name, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? text, out AdviceSearch search)
    {
        for (var k = 0; k < Names.Count; k++)
        {
            if (string.Equals(Names[k], text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                search = (AdviceSearch)k;
                return true;
            }
        }
        search = AdviceSearch.Halving;
        return false;
    }
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

    /// <summary>The most combinations <see cref="AdviceSearch.Combinations"/> runs; a larger grid is refused (use the coordinate search).</summary>
    public const int MaxCombinations = 4096;

    /// <summary>The most sweeps over every coordinate the coordinate search makes (it stops earlier when a sweep improves nothing).</summary>
    public const int MaxSweeps = 8;
}
