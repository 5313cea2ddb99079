using Entente.Models;

namespace Entente.Simulation.Diplomacy;

/// <summary>
/// A variant against the base, trial by trial (specification §12): the escalation headline, every issue's
/// forecast and every negotiation's deal, each as the paired difference of runs that drew the same types.
/// </summary>
/// <param name="Trials">N.</param>
/// <param name="Escalation">P(any focal dyad escalates), paired.</param>
/// <param name="Issues">Each issue's forecast, paired, in scenario order.</param>
/// <param name="Deals">Each negotiation's deal, paired.</param>
public sealed record PairedComparison(int Trials, PairedEvent Escalation, IReadOnlyList<(string Issue, PairedDifference Forecast)> Issues,
    IReadOnlyList<(string Negotiation, PairedEvent Deal)> Deals)
{
    /// <summary>Compares the paired trials of a base and a variant.</summary>
    public static PairedComparison Of(IReadOnlyList<ForecastResult> baseline, IReadOnlyList<ForecastResult> variant)
    {
        var runs = PairedRuns.Of(baseline, variant);
        var first = baseline[0];
        var negotiations = first.Strategic?.Negotiations.Select(n => n.Id)
            .Where(id => variant[0].Strategic?.Negotiations.Any(v => v.Id == id) == true).ToArray() ?? [];
        return new PairedComparison(
            baseline.Count,
            runs.CompareEvent(PairedRuns.Escalated),
            [.. first.Issues.Select(i => (i.IssueId, runs.Compare(PairedRuns.Forecast(i.IssueId))))],
            [.. negotiations.Select(id => (id, runs.CompareEvent(PairedRuns.Deal(id))))]);
    }
}

/// <summary>
/// What one element of the scenario (a signal, a negotiation) contributes: the base against the base without it,
/// paired, so the contribution is measured, not inferred. The mechanism says in words how it works.
/// </summary>
/// <param name="Element">The signal's or negotiation's id.</param>
/// <param name="Mechanism">The mechanism in words (tying hands, sunk cost, reaction cost, reputation, deadline, unity…).</param>
/// <param name="Effect">Base minus the base without the element, trial by trial.</param>
public sealed record Attribution(string Element, string Mechanism, PairedComparison Effect);
