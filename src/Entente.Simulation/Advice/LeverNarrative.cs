using System.Globalization;

namespace Entente.Simulation.Advice;

/// <summary>A lever in plain words: what it does to the objective, how surely, and at what cost.</summary>
internal static class LeverNarrative
{
    public static string Of(string actor, AdviceObjective objective, string description, LeverEffect effect, double helps, LeverCost cost, bool overTypes)
    {
        static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var up = effect.Mean >= 0;
        var what = objective switch
        {
            AdviceObjective.Escalation => up ? "lowers the probability of escalation" : "raises the probability of escalation",
            AdviceObjective.Deal => up ? "raises the chance of a deal" : "lowers the chance of a deal",
            _ => up ? $"brings the outcome closer to {actor}'s ideal" : $"takes the outcome further from {actor}'s ideal",
        };
        var unit = objective == AdviceObjective.Outcome ? " points" : "";
        var (low, high) = up ? (effect.Low, effect.High) : (-effect.High, -effect.Low);
        var size = overTypes
            ? $"by {F(Math.Abs(effect.Mean))}{unit} (90% {F(low)} to {F(high)}), helping in {helps.ToString("0%", CultureInfo.InvariantCulture)} of the draws"
            : $"by {F(Math.Abs(effect.Mean))}{unit}";
        if (effect.Mean == 0)
        {
            what = objective == AdviceObjective.Outcome ? "leaves the outcome where it was" : "leaves the probability where it was";
            size = "";
        }
        var costs = new List<string>();
        if (cost.Audience > 0)
        {
            costs.Add($"an audience cost of {F(cost.Audience)} at stake");
        }
        else if (cost.Audience < 0)
        {
            costs.Add($"{F(-cost.Audience)} less audience cost at stake");
        }
        if (cost.Conceded > 0)
        {
            costs.Add($"{F(cost.Conceded)} points conceded");
        }
        if (cost.Conflict > 0)
        {
            costs.Add($"a conflict cost of {F(cost.Conflict)} paid carrying out a threat (expected)");
        }
        else if (cost.Conflict < 0)
        {
            costs.Add($"{F(-cost.Conflict)} less conflict cost paid (expected)");
        }
        if (cost.Reputation > 0)
        {
            costs.Add($"a broken commitment in {(cost.Reputation * 100).ToString("0.#", CultureInfo.InvariantCulture)}% more of the draws");
        }
        var at = costs.Count == 0 ? "at no stated cost" : "with " + string.Join(", ", costs);
        var text = $"{char.ToUpperInvariant(description[0])}{description[1..]}: {what}{(size.Length > 0 ? " " + size : "")}, {at}.";
        return text;
    }
}
