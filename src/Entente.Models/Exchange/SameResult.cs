namespace Entente.Models.Exchange;

/// <summary>
/// Compares two exchange-model runs bit for bit: the same exchanges in the same order with the same
/// numbers, the same gains, and the same positions and outcomes every round. The incremental round must
/// agree with the full sort this exactly; the tests and the bench check it.
/// </summary>
internal static class SameResult
{
    /// <summary>The first difference between the runs in words, or null when they agree bit for bit.</summary>
    public static string? FirstDifference(ForecastResult a, ForecastResult b)
    {
        var (roundsA, roundsB) = (a.Rounds ?? [], b.Rounds ?? []);
        if (roundsA.Count != roundsB.Count)
        {
            return $"{roundsA.Count} rounds against {roundsB.Count}";
        }
        for (var r = 0; r < roundsA.Count; r++)
        {
            var (x, y) = (roundsA[r].Exchanges ?? [], roundsB[r].Exchanges ?? []);
            for (var e = 0; e < Math.Max(x.Count, y.Count); e++)
            {
                if (e >= x.Count || e >= y.Count || !Same(x[e], y[e]))
                {
                    return $"round {roundsA[r].Round}, exchange {e + 1}: {(e < x.Count ? x[e] : "none")} against {(e < y.Count ? y[e] : "none")}";
                }
            }
            if (Differ(roundsA[r].Gains, roundsB[r].Gains))
            {
                return $"round {roundsA[r].Round}: the actors' gains differ";
            }
        }
        if (a.Issues.Count != b.Issues.Count)
        {
            return $"{a.Issues.Count} issues against {b.Issues.Count}";
        }
        for (var i = 0; i < a.Issues.Count; i++)
        {
            var (x, y) = (a.Issues[i], b.Issues[i]);
            if (x.IssueId != y.IssueId || !Same(x.Forecast, y.Forecast) || x.Rounds.Count != y.Rounds.Count || x.StoppingReason != y.StoppingReason)
            {
                return $"issue {x.IssueId}: forecast {x.Forecast:R} against {y.Forecast:R}";
            }
            for (var r = 0; r < x.Rounds.Count; r++)
            {
                var (s, t) = (x.Rounds[r], y.Rounds[r]);
                if (!Same(s.WeightedMean, t.WeightedMean) || !Same(s.WeightedMedian, t.WeightedMedian) || Differ(s.Positions, t.Positions))
                {
                    return $"issue {x.IssueId}, round {s.Round}: positions or outcome differ";
                }
            }
        }
        return null;
    }

    private static bool Same(RealisedExchange x, RealisedExchange y) =>
        (x.ActorA, x.IssueA, x.ActorB, x.IssueB) == (y.ActorA, y.IssueA, y.ActorB, y.IssueB)
        && Same(x.Gain, y.Gain)
        && Same(x.PositionA, y.PositionA) && Same(x.MoveA, y.MoveA) && Same(x.NewPositionA, y.NewPositionA)
        && Same(x.PositionB, y.PositionB) && Same(x.MoveB, y.MoveB) && Same(x.NewPositionB, y.NewPositionB);

    private static bool Differ(IReadOnlyDictionary<string, double>? x, IReadOnlyDictionary<string, double>? y) =>
        (x ?? new Dictionary<string, double>()).Count != (y ?? new Dictionary<string, double>()).Count
        || (x ?? new Dictionary<string, double>()).Any(e => y is null || !y.TryGetValue(e.Key, out var v) || !Same(e.Value, v));

    // Bits, not ==: 0.0 and -0.0 differ here, as they might in a later computation or in print.
    private static bool Same(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);
}
