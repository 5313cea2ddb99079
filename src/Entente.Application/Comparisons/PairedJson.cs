using Entente.Simulation.Diplomacy;

namespace Entente.Application;

/// <summary>A paired comparison in the JSON of <c>compare</c>: escalation, issues and deals, each with its paired difference.</summary>
internal static class PairedJson
{
    /// <summary>The JSON object of <paramref name="p"/>.</summary>
    public static object Of(PairedComparison p) => new
    {
        trials = p.Trials,
        escalation = Event(p.Escalation),
        issues = p.Issues.Select(i => new { id = i.Issue, forecast = Difference(i.Forecast) }),
        deals = p.Deals.Select(d => new { id = d.Negotiation, deal = Event(d.Deal) }),
    };

    private static object Event(PairedEvent e) => new { @base = e.Base, variant = e.Variant, onlyBase = e.OnlyBase, onlyVariant = e.OnlyVariant, difference = Difference(e.Difference) };

    private static object Difference(PairedDifference d) => new
    {
        @base = d.Base, variant = d.Variant, mean = d.Mean, low = d.Low, high = d.High, p5 = d.P5, p95 = d.P95, higher = d.Higher, lower = d.Lower,
    };
}
