namespace Entente.Simulation.Advice;

/// <summary>What the advised actor wants a lever to improve.</summary>
public enum AdviceObjective
{
    /// <summary>The forecasts of its issues closer to its ideal (salience-weighted distance, in scale points).</summary>
    Outcome,

    /// <summary>A lower probability that some focal dyad escalates.</summary>
    Escalation,

    /// <summary>A higher probability that its negotiations close with a deal by their deadlines.</summary>
    Deal,
}

/// <summary>The objectives' names as the command line and the documents spell them.</summary>
public static class AdviceObjectives
{
    /// <summary>The names, in the enum's order.</summary>
    public static readonly IReadOnlyList<string> Names = ["outcome", "escalation", "deal"];

    /// <summary>The name of <paramref name="objective"/>.</summary>
    public static string NameOf(AdviceObjective objective) => Names[(int)objective];

    /// <summary>Reads a name, ignoring case.</summary>
    public static bool TryParse(string? text, out AdviceObjective objective)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                objective = (AdviceObjective)i;
                return true;
            }
        }
        objective = AdviceObjective.Outcome;
        return false;
    }
}
