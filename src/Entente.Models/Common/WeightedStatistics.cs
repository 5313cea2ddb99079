using Entente.Domain;

namespace Entente.Models.Common;

/// <summary>The capability-and-salience-weighted mean and median of positions.</summary>
internal static class WeightedStatistics
{
    /// <summary>Σ w x / Σ w with w = capability × salience. With zero total weight, the unweighted mean.</summary>
    public static double Mean(IReadOnlyList<Participant> participants)
    {
        double weighted = 0, total = 0;
        foreach (var p in participants)
        {
            weighted += p.Weight * p.Position;
            total += p.Weight;
        }
        return total > 0 ? weighted / total : participants.Average(p => p.Position);
    }

    /// <summary>
    /// The weighted median: sort by position and take the first position whose cumulative weight reaches
    /// half the total. Equal positions are pooled by the sort, so the result does not depend on input order.
    /// With zero total weight every actor counts equally.
    /// </summary>
    public static double Median(IReadOnlyList<Participant> participants)
    {
        var total = participants.Sum(p => p.Weight);
        var sorted = participants.OrderBy(p => p.Position).ToArray();
        var half = (total > 0 ? total : sorted.Length) / 2.0;
        double cumulative = 0;
        foreach (var p in sorted)
        {
            cumulative += total > 0 ? p.Weight : 1.0;
            if (cumulative >= half)
            {
                return p.Position;
            }
        }
        return sorted[^1].Position;
    }

    /// <summary>The positions of <paramref name="participants"/> keyed by actor, in input order.</summary>
    public static IReadOnlyDictionary<string, double> Positions(IReadOnlyList<Participant> participants)
    {
        var positions = new Dictionary<string, double>(participants.Count, StringComparer.Ordinal);
        foreach (var p in participants)
        {
            positions[p.ActorId] = p.Position;
        }
        return positions;
    }

    /// <summary>Round 0 of a model without rounds: the input positions and their statistics.</summary>
    public static RoundState InputRound(IReadOnlyList<Participant> participants) => new()
    {
        Round = 0,
        Positions = Positions(participants),
        WeightedMean = Mean(participants),
        WeightedMedian = Median(participants),
    };
}
