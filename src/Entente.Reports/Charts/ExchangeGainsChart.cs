using Entente.Models;
using ScottPlot;

namespace Entente.Reports.Charts;

/// <summary>Who gained most from the exchange model's trades, summed over rounds.</summary>
internal static class ExchangeGainsChart
{
    public static Chart? Render(IReadOnlyList<ScenarioRound>? rounds, string name)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var gains in rounds?.Select(r => r.Gains).OfType<IReadOnlyDictionary<string, double>>() ?? [])
        {
            foreach (var (actor, gain) in gains)
            {
                totals[actor] = totals.GetValueOrDefault(actor) + gain;
            }
        }
        if (totals.Count == 0)
        {
            return null;
        }
        var ordered = totals.OrderBy(p => p.Value).ToList();
        var plot = new Plot();
        for (var i = 0; i < ordered.Count; i++)
        {
            plot.Add.Bar(new Bar { Position = i, Value = ordered[i].Value, FillColor = ChartStyle.ActorColor(i), Orientation = Orientation.Horizontal, Size = 0.7 });
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ordered.Select((p, i) => new Tick(i, p.Key)).ToArray());
        plot.Axes.Margins(left: 0);
        ChartStyle.Apply(plot, "Gains from exchange, all rounds", "Total expected gain", "");
        return ChartStyle.Render(plot, name, "Each actor's summed gain from the exchanges it took part in: who did best out of issue linkage.");
    }
}
