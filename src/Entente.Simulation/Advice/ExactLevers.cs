using Entente.Domain;

namespace Entente.Simulation.Advice;

/// <summary>The compromise model's levers in closed form: its forecast is linear in each position.</summary>
internal static class ExactLevers
{
    /// <summary>Whether <paramref name="model"/> is the compromise model, whose levers are exact.</summary>
    public static bool Apply(string model) => string.Equals(model, "compromise", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every participant's exact levers on each of <paramref name="issues"/>.</summary>
    public static IReadOnlyList<ExactLever> Of(Scenario scenario, IReadOnlyList<string> issues)
    {
        var levers = new List<ExactLever>();
        foreach (var issue in issues)
        {
            var participants = scenario.ParticipantsIn(issue);
            double total = 0, weighted = 0;
            foreach (var p in participants)
            {
                total += p.Weight;
                weighted += p.Weight * p.Position;
            }
            if (total <= 0)
            {
                continue;
            }
            var forecast = weighted / total;
            levers.AddRange(participants.Select(p => new ExactLever(issue, p.ActorId, p.Weight / total,
                p.Capability / scenario.SalienceCeiling * (p.Position - forecast) / total)));
        }
        return levers;
    }
}
