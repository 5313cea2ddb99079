using System.Globalization;
using Entente.Domain;

namespace Entente.Models.Diplomacy;

/// <summary>
/// The run in sentences an analyst can paste into a memo: round by round, who told whom what and
/// through which channel, whose beliefs moved, what summits and shocks did, which promises were kept,
/// the largest moves; then the forecast, escalation, agreement and what moved the forecast most.
/// </summary>
internal static class Narrative
{
    private const int MovesPerRound = 2;
    private const int MovesInAll = 12;

    public static IReadOnlyList<string> Write(EngineRun run, ForecastResult result, DiplomacyOutcome outcome)
    {
        var cast = run.Cast;
        var lines = new List<string>();
        var movesTold = 0;
        // Moves are told for the opening rounds and for the rounds a signal or event touched (and the one after):
        // that is where the diplomacy shows; the rest of the trajectory is in the tables.
        var eventful = run.ScenarioRounds.Where(r => (r.Events?.Count ?? 0) + (r.Signals?.Count ?? 0) > 0).Select(r => r.Round).ToHashSet();
        foreach (var round in run.ScenarioRounds.Skip(1))
        {
            foreach (var e in round.Events ?? [])
            {
                lines.Add(Invariant($"Round {round.Round}: {Capital(e.Text)}"));
            }
            foreach (var signal in round.Signals ?? [])
            {
                lines.Add(Invariant($"Round {round.Round}: {Signal(cast, signal, round.Beliefs ?? [])}"));
            }
            var moves = result.Issues
                .SelectMany(i => i.Rounds.Where(r => r.Round == round.Round).SelectMany(r => (r.Offers ?? []).Select(o => (Issue: i.IssueId, Offer: o))))
                .Where(m => m.Offer.To != m.Offer.From)
                .OrderByDescending(m => Math.Abs(m.Offer.To - m.Offer.From) / cast.Scenario.FindIssue(m.Issue)!.Scale.Width)
                .Take(round.Round <= 2 || eventful.Contains(round.Round) || eventful.Contains(round.Round - 1) ? Math.Min(MovesPerRound, MovesInAll - movesTold) : 0)
                .ToArray();
            movesTold += moves.Length;
            foreach (var (issue, offer) in moves)
            {
                var how = offer.Kind switch
                {
                    OfferKind.Confrontation => "lost a confrontation with",
                    OfferKind.Compromise => "accepted a compromise from",
                    _ => "gave in to",
                };
                lines.Add(Invariant($"Round {round.Round}: {cast.ActorName(offer.Receiver)} {how} {cast.ActorName(offer.Proposer)} on {cast.IssueName(issue)}, moving from {offer.From:0.#} to {offer.To:0.#}."));
            }
        }
        if (outcome.DeadlineRound is { } deadline)
        {
            lines.Add(Invariant($"The deadline at round {deadline} ended the bargaining."));
        }
        foreach (var issue in result.Issues)
        {
            var agreed = outcome.Agreement[issue.IssueId];
            lines.Add(Invariant($"Forecast on {cast.IssueName(issue.IssueId)}: {issue.Forecast:0.#}{Label(cast.Scenario, issue)} ({(agreed.Agreed ? "agreement" : "no agreement")}: weighted spread {agreed.Spread:0.00} of Δ)."));
        }
        lines.Add(Invariant($"Escalation index {outcome.EscalationIndex:0.00} (share of capability-weighted pairs in mutual conflict at the last round); agreement probability {outcome.AgreementProbability:0.00}."));
        if (outcome.Explanation.Count > 0)
        {
            lines.Add("What moved the forecast most: " + string.Join("; ", outcome.Explanation.Select(d =>
                Invariant($"{d.Text} (round {d.Round}; {string.Join(", ", d.Shifts.Select(s => $"{cast.IssueName(s.Key)} {s.Value:+0.#;-0.#;0}"))})"))) + ".");
        }
        return lines;
    }

    private static string Signal(Cast cast, SignalDelivery signal, IReadOnlyList<BeliefShift> beliefs)
    {
        var who = signal.Description ?? string.Join(" and ", signal.Senders.Select(cast.ActorName));
        var audience = signal.Channel == "private" ? string.Join(" and ", signal.Recipients.Select(cast.ActorName)) : "everyone";
        var verb = signal.Channel switch
        {
            "private" => "told",
            "leak" => "let it be known to",
            _ => "declared to",
        };
        var senders = string.Join(" and ", signal.Senders.Select(cast.ActorName));
        var claim = new List<string>();
        var issue = cast.Scenario.FindIssue(signal.Issue);
        if (signal.Position is { } y)
        {
            claim.Add(Invariant($"{senders} stands at {y:0.#}{(issue is null ? "" : Near(issue, y))} on {cast.IssueName(signal.Issue)}"));
        }
        if (signal.Salience is { } s)
        {
            claim.Add(Invariant($"the issue matters {s:0.##} to {(signal.Senders.Count == 1 ? "it" : "them")}"));
        }
        var moved = beliefs.Where(b => b.Signal == signal.Id && (b.PositionAfter != b.PositionBefore || b.SalienceAfter != b.SalienceBefore)).ToArray();
        var effect = moved.Length == 0
            ? " No belief moved: every hearer was already certain."
            : " " + string.Join("; ", moved.Select(b => Invariant($"{cast.ActorName(b.Observer)}'s belief about {cast.ActorName(b.Actor)} moved from {b.PositionBefore:0.#} to {b.PositionAfter:0.#}"))) + ".";
        return Invariant($"{who} ({signal.Channel}, credibility {signal.Credibility:0.00}) {verb} {audience} that {string.Join(" and ", claim)}.{effect}");
    }

    private static string Label(Scenario scenario, IssueForecast forecast) =>
        scenario.FindIssue(forecast.IssueId) is { } issue ? Near(issue, forecast.Forecast) : "";

    private static string Near(Issue issue, double value)
    {
        if (issue.Scale.Labels.Count == 0)
        {
            return "";
        }
        var nearest = issue.Scale.Labels.MinBy(p => Math.Abs(p.Value - value))!;
        return $" (≈ \"{nearest.Label}\")";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
