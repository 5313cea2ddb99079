using System.Globalization;

namespace Entente.Models.Exchange;

/// <summary>Sentences that let an analyst read an issue's forecast: how far it moved, through which trades, to whose gain.</summary>
internal static class ExchangeExplanation
{
    /// <summary>
    /// Every issue's trades, in round and realisation order: read once for all issues, since a run of 400
    /// issues realises some 15,000 exchanges and searching them all for each issue took as long as a round.
    /// </summary>
    public static Dictionary<string, List<(int Round, RealisedExchange Exchange)>> TradesByIssue(IReadOnlyList<ScenarioRound> rounds)
    {
        var byIssue = new Dictionary<string, List<(int Round, RealisedExchange Exchange)>>(StringComparer.Ordinal);
        void Add(string issue, int round, RealisedExchange exchange)
        {
            if (!byIssue.TryGetValue(issue, out var trades))
            {
                byIssue[issue] = trades = [];
            }
            trades.Add((round, exchange));
        }
        foreach (var r in rounds)
        {
            foreach (var e in r.Exchanges ?? [])
            {
                Add(e.IssueA, r.Round, e);
                if (e.IssueB != e.IssueA)
                {
                    Add(e.IssueB, r.Round, e);
                }
            }
        }
        return byIssue;
    }

    /// <summary>The sentences for one issue from its trades (see <see cref="TradesByIssue"/>; none when missing).</summary>
    public static IReadOnlyList<string> ForIssue(string issueId, IReadOnlyList<RoundState> states, Dictionary<string, List<(int Round, RealisedExchange Exchange)>> tradesByIssue)
    {
        var trades = tradesByIssue.GetValueOrDefault(issueId) ?? [];
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
