using Entente.Models;

namespace Entente.Simulation.Diplomacy;

/// <summary>What one run (nominal or a trial) contributes to the Monte Carlo summaries.</summary>
internal sealed record TrialOutcome(
    int? EscalationRound, bool[] DyadEscalated, bool[] Deals, double[] Forecasts, Dictionary<string, (int Honoured, int Broken)> Decisions)
{
    public static TrialOutcome Of(ForecastResult result)
    {
        var layer = result.Strategic!;
        var decisions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var d in layer.Rounds.SelectMany(r => r.Decisions).Where(d => d.Kind is "honour" or "renege"))
        {
            decisions.TryGetValue(d.Signal, out var c);
            decisions[d.Signal] = d.Kind == "honour" ? (c.Item1 + 1, c.Item2) : (c.Item1, c.Item2 + 1);
        }
        return new TrialOutcome(
            layer.EscalationRound,
            [.. layer.Dyads.Select(d => d.FirstRound is not null)],
            [.. layer.Negotiations.Select(n => n.Deal)],
            [.. result.Issues.Select(i => i.Forecast)],
            decisions);
    }
}
