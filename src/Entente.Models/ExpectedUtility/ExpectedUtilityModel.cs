using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The expected utility model on each issue: rounds of offers until positions settle (bdm) or for a fixed
/// number of rounds (scholz); the headline forecast is the weighted median of the final positions.
/// </summary>
internal sealed class ExpectedUtilityModel(string name, ExpectedUtilityOptions options) : PerIssueModel
{
    /// <summary>
    /// Above this many participants no dyad table is kept (n² entries a round) and the engine may take its fused
    /// path; at or below it a single run's engine goes row by row, whichever rounds' tables it keeps.
    /// </summary>
    internal const int DyadTableLimit = 100;

    public override string Name => name;

    public ExpectedUtilityOptions Options => options;

    protected override IssueForecast Forecast(Issue issue, IReadOnlyList<Participant> participants, ModelRunContext context)
    {
        var input = WeightedStatistics.InputRound(participants);
        var settled = participants.Count < 2 || participants.All(p => p.Position == participants[0].Position);
        if (settled)
        {
            return new IssueForecast
            {
                IssueId = issue.Id,
                Forecast = input.WeightedMedian,
                WeightedMean = input.WeightedMean,
                WeightedMedian = input.WeightedMedian,
                Rounds = [input],
                StoppingReason = participants.Count < 2
                    ? $"settled: {participants.Count} participant(s), nobody to bargain with"
                    : "settled: every participant already holds the same position (Δ = 0)",
            };
        }

        var actors = participants.Select(p => p.ActorId).ToArray();
        var engine = new EumEngine(
            participants.Select(p => p.Position).ToArray(),
            participants.Select(p => p.Salience).ToArray(),
            participants.Select(p => p.Capability).ToArray(),
            options,
            options.Variant == EumVariant.Scholz ? new ScholzProbability() : new SortedBdmProbability());
        var dyads = !context.IsLean && actors.Length <= DyadTableLimit ? new DyadTable(actors, context.Dyads) : null;
        engine.Dyads = dyads;

        var limit = context.Rounds ?? (options.Variant == EumVariant.Scholz ? options.Rounds : options.MaxRounds);
        // Rounds are kept as they happen: a generous limit (even int.MaxValue) reserves nothing up front.
        var rounds = new List<RoundState> { input };
        string reason = options.Variant == EumVariant.Scholz ? $"fixed {limit} rounds" : $"reached max rounds {limit}";
        for (var round = 1; round <= limit; round++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            dyads?.BeginRound(round);
            var largestMove = engine.Step();
            rounds.Add(Record(round, engine, actors, dyads, lean: context.IsLean));
            context.Observer?.RoundCompleted(issue.Id, round);
            if (options.Variant == EumVariant.Bdm && largestMove < options.Tolerance * engine.Delta)
            {
                reason = $"converged at round {round}";
                break;
            }
        }

        var last = rounds[^1];
        return new IssueForecast
        {
            IssueId = issue.Id,
            Forecast = last.WeightedMedian,
            WeightedMean = last.WeightedMean,
            WeightedMedian = last.WeightedMedian,
            Rounds = rounds,
            StoppingReason = reason,
            Explanation = context.IsLean ? [] : Explanation.Write(rounds, reason),
            Details = new Dictionary<string, double>
            {
                ["delta"] = engine.Delta,
                ["q"] = options.Q,
                ["t"] = options.T,
                ["rounds"] = rounds.Count - 1,
            },
        };
    }

    /// <summary>The round as a result reports it; a <paramref name="lean"/> one (a trial's) without offers and risk.</summary>
    internal static RoundState Record(int round, EumEngine engine, string[] actors, DyadTable? dyads, bool lean = false)
    {
        var positions = new Dictionary<string, double>(actors.Length, StringComparer.Ordinal);
        var risk = lean ? null : new Dictionary<string, double>(actors.Length, StringComparer.Ordinal);
        var offers = lean ? null : new List<Offer>();
        var start = engine.StartOfRound;
        for (var i = 0; i < actors.Length; i++)
        {
            positions[actors[i]] = engine.Positions[i];
            if (lean)
            {
                continue;
            }
            risk![actors[i]] = engine.Risk[i];
            var proposer = engine.Proposer[i];
            if (proposer >= 0)
            {
                offers!.Add(new Offer(actors[i], actors[proposer], engine.Kind[i], start.Position[start.SlotOf[i]], engine.Positions[i],
                    engine.OfferReceiverUtility[i], engine.OfferProposerUtility[i]));
            }
        }
        var weights = new double[actors.Length];
        var sortedPositions = new double[actors.Length];
        var sortedWeights = new double[actors.Length];
        // The round's statistics are of its end positions; the engine's sorted view is of its start.
        var byPosition = new int[actors.Length];
        for (var i = 0; i < byPosition.Length; i++)
        {
            byPosition[i] = i;
        }
        // Ties keep the actors' order, as a stable sort would (the median's weight sums depend on it).
        var ends = engine.Positions.ToArray();
        Array.Sort(byPosition, (i, j) => ends[i].CompareTo(ends[j]) is var c && c != 0 ? c : i.CompareTo(j));
        for (var t = 0; t < actors.Length; t++)
        {
            weights[t] = start.Weight[start.SlotOf[t]];
        }
        for (var t = 0; t < actors.Length; t++)
        {
            sortedPositions[t] = engine.Positions[byPosition[t]];
            sortedWeights[t] = weights[byPosition[t]];
        }
        return new RoundState
        {
            Round = round,
            Positions = positions,
            WeightedMean = ForecastStatistics.Mean(engine.Positions, weights),
            WeightedMedian = ForecastStatistics.MedianOfSorted(sortedPositions, sortedWeights, weights),
            Risk = risk,
            Offers = offers,
            Dyads = dyads?.TakeRound(),
        };
    }
}
