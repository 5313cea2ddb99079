using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Exchange;

/// <summary>
/// Stokman's exchange model of issue linkage, equal-gain variant, as the public implementation
/// <c>decide-exchange-model</c> computes it (see docs/models/exchange.md and the spec it follows).
/// <paramref name="fullSort"/> runs every round by the spec's full sort, the reference the bench and the
/// tests compare the incremental round with.
/// </summary>
internal sealed class ExchangeModel(ExchangeOptions options, bool fullSort = false) : IBargainingModel
{
    public string Name => ExchangeOptions.ModelName;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var actors = scenario.Actors.Select(a => a.Id).ToArray();
        var issues = scenario.Issues.ToArray();
        var units = issues.Select(IssueUnits.Of).ToArray();
        var board = Load(scenario, actors, issues, units);

        var history = issues.Select((_, x) => new List<RoundState> { State(board, actors, units[x], x, 0, Positions(board, x)) }).ToArray();
        var rounds = new List<ScenarioRound>();
        var limit = context.Rounds ?? options.Rounds;
        var reason = $"fixed number of rounds ({limit})";
        var room = new CandidateRoom();
        for (var round = 1; round <= limit; round++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var realised = ExchangeRound.Run(board, options, context.Cancellation, fullSort, room);
            var votes = Votes(board, realised);
            for (var x = 0; x < issues.Length; x++)
            {
                history[x].Add(State(board, actors, units[x], x, round, votes[x]));
            }
            // Rounds span all issues, so progress is reported once per round.
            context.Observer?.ScenarioRoundCompleted(round);
            rounds.Add(Report(round, realised, actors, issues, units));
            board = NextStart(board, realised);

            var best = realised.Count == 0 ? 0 : realised.Max(r => r.Gain);
            if (best <= options.MinGain)
            {
                reason = realised.Count == 0
                    ? $"no exchange possible in round {round}"
                    : $"no exchange gained more than {options.MinGain} in round {round}";
                break;
            }
        }

        var trades = ExchangeExplanation.TradesByIssue(rounds);
        var forecasts = issues.Select((issue, x) => new IssueForecast
        {
            IssueId = issue.Id,
            Forecast = history[x][^1].WeightedMean,
            WeightedMean = history[x][^1].WeightedMean,
            WeightedMedian = history[x][^1].WeightedMedian,
            Rounds = history[x],
            StoppingReason = reason,
            Explanation = ExchangeExplanation.ForIssue(issue.Id, history[x], trades),
        }).ToList();
        return new ForecastResult { Model = Name, Issues = forecasts, Rounds = rounds };
    }

    private static ExchangeBoard Load(Scenario scenario, string[] actors, Issue[] issues, IssueUnits[] units)
    {
        var index = actors.Select((id, k) => (id, k)).ToDictionary(e => e.id, e => e.k, StringComparer.Ordinal);
        var board = new ExchangeBoard(actors.Length, issues.Length);
        for (var x = 0; x < issues.Length; x++)
        {
            foreach (var participant in scenario.ParticipantsIn(issues[x].Id))
            {
                board.Set(index[participant.ActorId], x, units[x].ToModel(participant.Position), participant.Salience, participant.Capability);
            }
        }
        return board;
    }

    private static double[] Positions(ExchangeBoard board, int issue) =>
        Enumerable.Range(0, board.ActorCount).Select(k => board.Position(k, issue)).ToArray();

    /// <summary>Voting positions (spec S10.1): the round start, overwritten by each realised move in order.</summary>
    private static double[][] Votes(ExchangeBoard board, IReadOnlyList<ExchangeCandidate> realised)
    {
        var votes = Enumerable.Range(0, board.IssueCount).Select(x => Positions(board, x)).ToArray();
        foreach (var exchange in realised)
        {
            votes[exchange.I.Supply][exchange.I.Actor] = exchange.I.Vote;
            votes[exchange.J.Supply][exchange.J.Actor] = exchange.J.Vote;
        }
        return votes;
    }

    /// <summary>
    /// Next starting positions (spec S10.3): an actor that traded on an issue moves part of the way from
    /// its round start toward its voting position; the others stay.
    /// </summary>
    private ExchangeBoard NextStart(ExchangeBoard board, IReadOnlyList<ExchangeCandidate> realised)
    {
        var votes = new Dictionary<(int Actor, int Issue), double>();
        foreach (var exchange in realised)
        {
            votes[(exchange.I.Actor, exchange.I.Supply)] = exchange.I.Vote;
            votes[(exchange.J.Actor, exchange.J.Supply)] = exchange.J.Vote;
        }
        return board.WithPositions((k, x, start) =>
            votes.TryGetValue((k, x), out var vote) ? start + Weight(board.Salience(k, x)) * (vote - start) : start);
    }

    private double Weight(double salience) => options.Start switch
    {
        StartRule.Voting => 1,
        StartRule.Fixed => options.StartWeight,
        _ => 0.4 * (1 - salience) + 0.1,
    };

    private static RoundState State(ExchangeBoard board, string[] actors, IssueUnits units, int issue, int round, double[] positions)
    {
        var participants = new List<Participant>();
        for (var k = 0; k < actors.Length; k++)
        {
            if (board.Present(k, issue))
            {
                participants.Add(new Participant(actors[k], units.ToIssue(positions[k]), board.Salience(k, issue), board.Capability(k, issue)));
            }
        }
        var overrides = Enumerable.Range(0, actors.Length).Select(k => (k, positions[k])).ToArray();
        return new RoundState
        {
            Round = round,
            Positions = WeightedStatistics.Positions(participants),
            WeightedMean = units.ToIssue(board.Compromise(issue, overrides)),
            WeightedMedian = participants.Count == 0 ? 0 : WeightedStatistics.Median(participants),
        };
    }

    private static ScenarioRound Report(int round, IReadOnlyList<ExchangeCandidate> realised, string[] actors, Issue[] issues, IssueUnits[] units)
    {
        var exchanges = realised.Select(r => Written(r, actors, issues, units)).ToList();
        var totals = new double[actors.Length];
        foreach (var r in realised)
        {
            totals[r.I.Actor] += r.Gain;
            totals[r.J.Actor] += r.Gain;
        }
        var gains = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < actors.Length; k++)
        {
            if (totals[k] > 0)
            {
                gains[actors[k]] = totals[k];
            }
        }
        return new ScenarioRound { Round = round, Exchanges = exchanges, Gains = gains };
    }

    /// <summary>An exchange as the reference file writes it: the side left of the compromise on the earlier issue first.</summary>
    private static RealisedExchange Written(ExchangeCandidate r, string[] actors, Issue[] issues, IssueUnits[] units)
    {
        var (a, b) = r.ILeftOnP ? (r.I, r.J) : (r.J, r.I);
        var (ua, ub) = (units[a.Supply], units[b.Supply]);
        return new RealisedExchange(
            actors[a.Actor], issues[a.Supply].Id, actors[b.Actor], issues[b.Supply].Id, r.Gain,
            ua.ToIssue(a.Position), ua.MoveToIssue(a.Move), ua.ToIssue(a.Vote),
            ub.ToIssue(b.Position), ub.MoveToIssue(b.Move), ub.ToIssue(b.Vote));
    }
}
