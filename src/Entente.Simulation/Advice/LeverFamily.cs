namespace Entente.Simulation.Advice;

/// <summary>A family of levers, each generated from the scenario.</summary>
public enum LeverFamily
{
    /// <summary>The advised actor's own stated position, moved on a grid.</summary>
    Position,

    /// <summary>How much it visibly cares (its salience), scaled on a grid.</summary>
    Salience,

    /// <summary>One of its signals dropped.</summary>
    Signal,

    /// <summary>One of its signals sent through another channel (private, leak, public, joint with a partner).</summary>
    Channel,

    /// <summary>One of its signals sent in another round.</summary>
    Timing,

    /// <summary>A new claim from a template: a credit, a conditional promise with a graduated schedule, a stand.</summary>
    Commitment,

    /// <summary>Another actor's position or salience shifted toward the advised actor's ideal: who to work on.</summary>
    Persuasion,

    /// <summary>Two of the best levers of the families above pulled together (not generated from the scenario itself).</summary>
    Pair,

    /// <summary>Levers on different coordinates pulled together, as the coordinate search (or the grid of combinations) found them.</summary>
    Combination,
}

/// <summary>The families' names as the command line and the documents spell them.</summary>
public static class LeverFamilies
{
    /// <summary>The names, in the enum's order.</summary>
    public static readonly IReadOnlyList<string> Names = ["position", "salience", "signal", "channel", "timing", "commitment", "persuasion", "pair", "combination"];

    /// <summary>Every family generated from the scenario (pairs and combinations are made from their best levers).</summary>
    public static IReadOnlyList<LeverFamily> All { get; } = [.. Enum.GetValues<LeverFamily>().Where(f => f is not (LeverFamily.Pair or LeverFamily.Combination))];

    /// <summary>The name of <paramref name="family"/>.</summary>
    public static string NameOf(LeverFamily family) => Names[(int)family];

    /// <summary>Reads a name, ignoring case.</summary>
    public static bool TryParse(string? text, out LeverFamily family)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(NameOf(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                family = candidate;
                return true;
            }
        }
        family = LeverFamily.Position;
        return false;
    }
}
