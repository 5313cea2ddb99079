using Entente.Domain;
using Entente.Domain.Strategic;
using Entente.Models;
using Entente.Models.Diplomacy.Engine;

namespace Entente.Simulation.Diplomacy;

/// <summary>
/// A trial's run as numbers and back, so that a type Monte Carlo run on another machine gives the summaries and
/// paired comparisons the run itself gives: what <see cref="TrialOutcome"/> and <see cref="PairedComparison"/> read
/// (each issue's forecast, whether and when each focal dyad escalated, the negotiations in the record's order with
/// their deals, and every honour or renege decision), no more. Names travel as indices into the scenario's actors,
/// issues, negotiations and signals, which both machines read from the same text.
/// </summary>
internal sealed class TrialDigest
{
    private readonly Scenario _scenario;
    private readonly string[] _negotiations;
    private readonly string[] _signals;
    // Each name's index, built once: a digest writes every trial of a Monte Carlo run.
    private readonly Dictionary<string, int> _actorIndex, _issueIndex, _negotiationIndex, _signalIndex;

    public TrialDigest(Scenario scenario)
    {
        _scenario = scenario;
        var layer = scenario.Strategic ?? (scenario.HasDiplomacy ? Version1Mapping.Map(scenario).Layer : null);
        _negotiations = [.. layer?.Negotiations.Select(n => n.Id) ?? []];
        _signals = [.. layer?.Signals.Select(c => c.Id) ?? []];
        _actorIndex = Index(scenario.Actors.Select(a => a.Id));
        _issueIndex = Index(scenario.Issues.Select(i => i.Id));
        _negotiationIndex = Index(_negotiations);
        _signalIndex = Index(_signals);
    }

    /// <summary>Appends <paramref name="trial"/> to <paramref name="numbers"/>.</summary>
    /// <exception cref="InvalidOperationException">The run names an actor, issue, negotiation or signal the scenario does not have.</exception>
    public void Write(ForecastResult trial, List<double> numbers)
    {
        var layer = trial.Strategic;
        numbers.Add(layer?.EscalationRound ?? -1);
        numbers.Add(trial.Issues.Count);
        foreach (var issue in trial.Issues)
        {
            numbers.Add(IndexOf(_issueIndex, issue.IssueId, "issue"));
            numbers.Add(issue.Forecast);
        }
        var dyads = layer?.Dyads ?? [];
        numbers.Add(dyads.Count);
        foreach (var dyad in dyads)
        {
            numbers.Add(IndexOf(_actorIndex, dyad.A, "actor"));
            numbers.Add(IndexOf(_actorIndex, dyad.B, "actor"));
            numbers.Add(dyad.FirstRound ?? -1);
        }
        var negotiations = layer?.Negotiations ?? [];
        numbers.Add(negotiations.Count);
        foreach (var negotiation in negotiations)
        {
            numbers.Add(IndexOf(_negotiationIndex, negotiation.Id, "negotiation"));
            numbers.Add(negotiation.Deal ? 1 : 0);
        }
        var decisions = layer?.Rounds.SelectMany(r => r.Decisions).Where(d => d.Kind is "honour" or "renege").ToArray() ?? [];
        numbers.Add(decisions.Length);
        foreach (var decision in decisions)
        {
            numbers.Add(IndexOf(_signalIndex, decision.Signal, "signal"));
            numbers.Add(decision.Kind == "honour" ? 1 : 0);
        }
    }

    /// <summary>
    /// The trial written at <paramref name="at"/> (moved past it), as a run with only what the summaries read: its
    /// weighted means and medians are NaN and its rounds empty, so nothing can mistake it for a whole run.
    /// </summary>
    public ForecastResult Read(IReadOnlyList<double> numbers, ref int at, string model)
    {
        var escalation = Int(numbers[at++]);
        var issues = new IssueForecast[Int(numbers[at++])];
        for (var i = 0; i < issues.Length; i++)
        {
            issues[i] = new IssueForecast
            {
                IssueId = _scenario.Issues[Int(numbers[at++])].Id,
                Forecast = numbers[at++],
                WeightedMean = double.NaN,
                WeightedMedian = double.NaN,
                Rounds = [],
            };
        }
        var dyads = new DyadOutcome[Int(numbers[at++])];
        for (var d = 0; d < dyads.Length; d++)
        {
            var a = _scenario.Actors[Int(numbers[at++])].Id;
            var b = _scenario.Actors[Int(numbers[at++])].Id;
            var first = Int(numbers[at++]);
            dyads[d] = new DyadOutcome(a, b, first < 0 ? null : first);
        }
        var negotiations = new NegotiationOutcome[Int(numbers[at++])];
        for (var n = 0; n < negotiations.Length; n++)
        {
            negotiations[n] = new NegotiationOutcome { Id = _negotiations[Int(numbers[at++])], Deal = numbers[at++] == 1 };
        }
        var decisions = new LayerDecision[Int(numbers[at++])];
        for (var k = 0; k < decisions.Length; k++)
        {
            var signal = _signals[Int(numbers[at++])];
            decisions[k] = new LayerDecision { Kind = numbers[at++] == 1 ? "honour" : "renege", Actor = "", Signal = signal, Issue = "", Value = double.NaN, Cost = double.NaN };
        }
        return new ForecastResult
        {
            Model = model,
            Issues = issues,
            Strategic = new StrategicOutcome
            {
                Rounds = [new LayerRound { Round = 1, Signals = [], Decisions = decisions, Beliefs = [] }],
                Negotiations = negotiations,
                Dyads = dyads,
                EscalationRound = escalation < 0 ? null : escalation,
            },
        };
    }

    private static int Int(double value) => checked((int)value);

    // The first index of each id (ids are unique in a valid scenario; the first is the one a linear search finds).
    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var k = 0;
        foreach (var id in ids)
        {
            index.TryAdd(id, k++);
        }
        return index;
    }

    private static int IndexOf(Dictionary<string, int> index, string id, string what) =>
        index.TryGetValue(id, out var k) ? k : throw new InvalidOperationException($"a trial's run names {what} '{id}', which its scenario does not have");
}
