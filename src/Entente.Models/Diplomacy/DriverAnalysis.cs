using System.Globalization;
using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Models.Diplomacy;

/// <summary>
/// Which elements moved the forecast: each signal, commitment and timeline event (deadlines aside) is
/// removed in turn, and each of the run's largest accepted offers refused in turn, and the scenario
/// re-run; an element's impact is Σ over issues of (|Δ forecast| + |Δ weighted mean|) / (2 × scale width).
/// </summary>
internal static class DriverAnalysis
{
    private const int OfferCandidates = 8;

    public static IReadOnlyList<Driver> Find(Scenario scenario, EngineRun run, ForecastResult baseline, int count,
        Func<Scenario, Suppression, ForecastResult> rerun)
    {
        var drivers = new List<Driver>();
        foreach (var signal in scenario.Signals)
        {
            var without = rerun(scenario with { Signals = new(scenario.Signals.Where(x => x.Id != signal.Id)) }, Suppression.None);
            drivers.Add(Measure(scenario, baseline, without, "signal", signal.Id, signal.Round, Describe(run.Cast, signal)));
        }
        foreach (var commitment in scenario.Commitments)
        {
            var without = rerun(scenario with { Commitments = new(scenario.Commitments.Where(x => x.Id != commitment.Id)) }, Suppression.None);
            drivers.Add(Measure(scenario, baseline, without, "commitment", commitment.Id, commitment.ByRound,
                commitment.Description ?? $"{run.Cast.ActorName(commitment.Actor)}'s {(commitment.Kind == CommitmentKind.Promise ? "promise" : "threat")} '{commitment.Id}'"));
        }
        foreach (var e in scenario.Timeline.Where(e => e.Kind != EventKind.Deadline))
        {
            var without = rerun(scenario with { Timeline = new(scenario.Timeline.Where(x => x.Id != e.Id)) }, Suppression.None);
            drivers.Add(Measure(scenario, baseline, without, "event", e.Id, e.Round, e.Description ?? $"{EventKinds.NameOf(e.Kind)} '{e.Id}'"));
        }
        var offers = baseline.Issues
            .SelectMany((issue, d) => issue.Rounds.Skip(1).SelectMany(r => (r.Offers ?? []).Select(o => (Issue: d, r.Round, Offer: o))))
            .Where(x => x.Offer.To != x.Offer.From)
            .OrderByDescending(x => Math.Abs(x.Offer.To - x.Offer.From) / scenario.Issues[x.Issue].Scale.Width)
            .Take(OfferCandidates);
        foreach (var (d, round, offer) in offers)
        {
            var receiver = run.Cast.ActorIndex[offer.Receiver];
            var without = rerun(scenario, new Suppression(new HashSet<(int, int, int)> { (round, d, receiver) }));
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{run.Cast.ActorName(offer.Receiver)} accepting {run.Cast.ActorName(offer.Proposer)}'s {offer.Kind.ToString().ToLowerInvariant()} on {run.Cast.IssueName(scenario.Issues[d].Id)} ({offer.From:0.##} → {offer.To:0.##})");
            drivers.Add(Measure(scenario, baseline, without, "offer", $"{offer.Receiver}<-{offer.Proposer}@{scenario.Issues[d].Id}", round, text));
        }
        return drivers.Where(x => x.Impact > 1e-9)
            .OrderByDescending(x => x.Impact).ThenBy(x => x.Round).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count).ToArray();
    }

    private static Driver Measure(Scenario scenario, ForecastResult with, ForecastResult without, string kind, string id, int round, string text)
    {
        var shifts = new Dictionary<string, double>(StringComparer.Ordinal);
        double impact = 0;
        for (var d = 0; d < with.Issues.Count; d++)
        {
            var shift = with.Issues[d].Forecast - without.Issues[d].Forecast;
            if (shift != 0)
            {
                shifts[with.Issues[d].IssueId] = shift;
            }
            // The weighted median is robust and often does not budge; the weighted mean shows the pressure an element put on it.
            var meanShift = with.Issues[d].WeightedMean - without.Issues[d].WeightedMean;
            impact += (Math.Abs(shift) + Math.Abs(meanShift)) / (2 * scenario.Issues[d].Scale.Width);
        }
        return new Driver(kind, id, round, text, impact, shifts);
    }

    internal static string Describe(Cast cast, Signal signal) =>
        signal.Description ?? $"{string.Join(" and ", signal.Senders.Select(cast.ActorName))}'s {Channels.NameOf(signal.Channel)} signal '{signal.Id}'";
}
