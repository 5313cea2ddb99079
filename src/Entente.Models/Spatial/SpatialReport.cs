using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Spatial;

/// <summary>
/// Turns a spatial run into the forecast: per issue its trajectory and statistics, and per turn the
/// positions on every issue, the probabilities of prevailing and the bargains.
/// </summary>
internal static class SpatialReport
{
    /// <summary>Name of the detail holding Σ over distinct positions of probability × coordinate.</summary>
    public const string ProbabilityWeighted = "probability-weighted outcome";

    /// <summary>Name of the detail holding the probability of the most probable position.</summary>
    public const string MostProbable = "probability of the forecast position";

    public static ForecastResult Build(string model, SpatialScenario space, SpatialHistory history)
    {
        var final = history.Turns[^1];
        var best = MostProbableIndex(final.DistinctProbabilities);
        var issues = new List<IssueForecast>(space.Issues.Count);
        for (var k = 0; k < space.Issues.Count; k++)
        {
            var rounds = history.Turns.Select(t => Round(space, k, t.State)).ToArray();
            double weighted = 0;
            for (var o = 0; o < final.Distinct.Length; o++)
            {
                weighted += final.DistinctProbabilities[o] * space.FromUnit(k, final.State.Coordinate(final.Distinct[o], k));
            }
            issues.Add(new IssueForecast
            {
                IssueId = space.Issues[k].Id,
                Forecast = space.FromUnit(k, final.State.Coordinate(final.Distinct[best], k)),
                WeightedMean = rounds[^1].WeightedMean,
                WeightedMedian = rounds[^1].WeightedMedian,
                Rounds = rounds,
                StoppingReason = history.StoppingReason,
                Details = new Dictionary<string, double>
                {
                    [ProbabilityWeighted] = weighted,
                    [MostProbable] = final.DistinctProbabilities[best],
                },
            });
        }
        var scenarioRounds = history.Turns.Select((t, turn) => new ScenarioRound
        {
            Round = turn,
            Positions = Positions(space, t.State),
            Probabilities = space.ActorIds.Select((id, a) => (id, p: t.Prevailing[a])).ToDictionary(x => x.id, x => x.p, StringComparer.Ordinal),
            Bargains = turn == 0 ? null : history.Bargains[turn]
                .Select(b => new Bargain(space.ActorIds[b.Initiator], space.ActorIds[b.Receiver], b.Worth, b.Probability)).ToArray(),
        }).ToArray();
        return new ForecastResult { Model = model, Issues = issues, Rounds = scenarioRounds };
    }

    /// <summary>A scenario with fewer than two actors: nothing to bargain over, the input stands.</summary>
    public static ForecastResult Static(string model, SpatialScenario space)
    {
        var issues = space.Issues.Select((issue, k) =>
        {
            var round = Round(space, k, space.Initial);
            return new IssueForecast
            {
                IssueId = issue.Id,
                Forecast = round.WeightedMean,
                WeightedMean = round.WeightedMean,
                WeightedMedian = round.WeightedMedian,
                Rounds = [round],
                StoppingReason = "fewer than two actors: nothing to bargain over",
            };
        }).ToArray();
        return new ForecastResult { Model = model, Issues = issues };
    }

    private static RoundState Round(SpatialScenario space, int k, SpatialState state)
    {
        var participants = new List<Participant>();
        for (var a = 0; a < space.ActorIds.Count; a++)
        {
            if (space.Participation[k].TryGetValue(space.ActorIds[a], out var p))
            {
                participants.Add(p with { Position = space.FromUnit(k, state.Coordinate(a, k)) });
            }
        }
        return new RoundState
        {
            Round = state.Turn,
            Positions = WeightedStatistics.Positions(participants),
            WeightedMean = participants.Count == 0 ? double.NaN : WeightedStatistics.Mean(participants),
            WeightedMedian = participants.Count == 0 ? double.NaN : WeightedStatistics.Median(participants),
        };
    }

    private static Dictionary<string, double[]> Positions(SpatialScenario space, SpatialState state)
    {
        var positions = new Dictionary<string, double[]>(space.ActorIds.Count, StringComparer.Ordinal);
        for (var a = 0; a < space.ActorIds.Count; a++)
        {
            var coordinates = new double[space.Issues.Count];
            for (var k = 0; k < coordinates.Length; k++)
            {
                coordinates[k] = space.FromUnit(k, state.Coordinate(a, k));
            }
            positions[space.ActorIds[a]] = coordinates;
        }
        return positions;
    }

    private static int MostProbableIndex(double[] p)
    {
        var best = 0;
        for (var o = 1; o < p.Length; o++)
        {
            if (p[o] > p[best])
            {
                best = o;
            }
        }
        return best;
    }
}
