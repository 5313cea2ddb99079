using System.Globalization;

namespace Entente.Models.Exchange;

/// <summary>Sentences that let an analyst read an issue's forecast: how far it moved, through which trades, to whose gain.</summary>
internal static class ExchangeExplanation
{
    public static IReadOnlyList<string> ForIssue(string issueId, IReadOnlyList<RoundState> states, IReadOnlyList<ScenarioRound> rounds)
    {
        var trades = rounds
            .SelectMany(r => (r.Exchanges ?? []).Select(e => (r.Round, Exchange: e)))
            .Where(t => t.Exchange.IssueA == issueId || t.Exchange.IssueB == issueId)
            .ToList();
        var sentences = new List<string>
        {
            $"The compromise moved from {Show(states[0].WeightedMean)} to {Show(states[^1].WeightedMean)} over {states.Count - 1} round(s); " +
            $"{trades.Count} realised exchange(s) involved this issue.",
        };
        if (trades.Count == 0)
        {
            return sentences;
        }
        var (round, biggest) = trades.MaxBy(t => t.Exchange.Gain);
        sentences.Add($"Biggest trade: {Trade(biggest)} (round {round}).");

        var gains = trades
            .SelectMany(t => new[] { (Actor: t.Exchange.ActorA, t.Exchange.Gain), (Actor: t.Exchange.ActorB, t.Exchange.Gain) })
            .GroupBy(g => g.Actor)
            .Select(g => (Actor: g.Key, Total: g.Sum(x => x.Gain)))
            .OrderByDescending(g => g.Total)
            .Take(3)
            .ToList();
        sentences.Add("Gained most from trades on this issue: " +
            string.Join(", ", gains.Select(g => $"{g.Actor} ({Show(g.Total)})")) + ".");
        return sentences;
    }

    /// <summary>"USA conceded on eaa to China, which conceded on financevol; gain 2.19 each".</summary>
    public static string Trade(RealisedExchange e) =>
        $"{e.ActorA} conceded on {e.IssueA} to {e.ActorB}, which conceded on {e.IssueB}; gain {Show(e.Gain)} each";

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
