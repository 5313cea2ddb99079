using System.Collections.Concurrent;
using Entente.Domain;
using Entente.Models.Common;
using Entente.Models.VotingPower;

namespace Entente.Models.PowerCompromise;

/// <summary>
/// The compromise model with votes turned into power: each participant weighs π·s^γ, where π is its power
/// index in the issue's decision rule with capabilities as votes. Weighted votes overstate the large (a
/// vote that never swings a coalition is worth nothing) and equal weights ignore the rule; the index is what
/// a vote is worth at the table. Actors that bargain without voting weigh a multiple of the strongest voter.
/// Single actors' weights can be multiplied (<c>influence</c>), which is what <c>influence-compromise</c> does with
/// multipliers fitted to the EU's record. The details keep the power index itself, before any multiplier.
/// </summary>
internal sealed class PowerCompromiseModel(PowerCompromiseOptions options, string name = PowerCompromiseOptions.ModelName) : IBargainingModel
{
    // The same council decides many issues: one game per distinct set of votes and rule.
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, double>> _games = new(StringComparer.Ordinal);

    public string Name => name;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var issues = new List<IssueForecast>(scenario.Issues.Count);
        var nonVoting = scenario.Actors.Where(a => a.Groups.Contains(PowerCompromiseOptions.NonVotingGroup)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var participants = scenario.ParticipantsIn(issue.Id);
            var input = WeightedStatistics.InputRound(participants);
            var power = Power(scenario, issue);
            var strongest = power.Count > 0 ? power.Values.Max() : 1.0;
            var pis = participants.Select(p => nonVoting.Contains(p.ActorId) ? options.NonVotingWeight * strongest : power.GetValueOrDefault(p.ActorId)).ToArray();
            double weighted = 0, total = 0;
            for (var k = 0; k < participants.Count; k++)
            {
                var p = participants[k];
                // 0^γ stays 0 for γ > 0 (an actor that does not care keeps no voice) and is 1 for γ = 0.
                var salience = options.SalienceExponent == 0 ? 1 : p.Salience > 0 ? Math.Pow(p.Salience, options.SalienceExponent) : 0;
                var weight = pis[k] * options.Influence.GetValueOrDefault(p.ActorId, 1.0) * salience;
                weighted += weight * p.Position;
                total += weight;
            }
            var forecast = total > 0 ? weighted / total : participants.Average(p => p.Position);
            issues.Add(new IssueForecast
            {
                IssueId = issue.Id,
                Forecast = forecast,
                WeightedMean = input.WeightedMean,
                WeightedMedian = input.WeightedMedian,
                Rounds = [input],
                Explanation = Explain(issue, participants),
                Details = participants.Select((p, k) => (p.ActorId, pis[k])).ToDictionary(x => "power." + x.ActorId, x => x.Item2),
            });
        }
        return new ForecastResult { Model = Name, Issues = issues };
    }

    // What a reader needs to read the power figures: the rule they come from, and whether any fitted influence applied.
    private List<string> Explain(Issue issue, IReadOnlyList<Participant> participants)
    {
        var rule = issue.DecisionRule;
        var notes = new List<string>
        {
            rule.Kind == DecisionRuleKind.Consensus
                ? "Decision rule: consensus (also the default when the scenario names no rule): every participant is a veto player, so every voter has equal power and the forecast is the salience-weighted mean of the positions; give the issue another decisionRule to weigh votes."
                : FormattableString.Invariant($"Decision rule: {rule.Kind}; each power.<actor> figure is that voter's power index under it, with capabilities as votes."),
        };
        if (options.Influence.Count > 0)
        {
            var matched = participants.Count(p => options.Influence.ContainsKey(p.ActorId));
            notes.Add(matched == 0
                ? $"No actor of this issue has a fitted influence factor (they are for the EU actors of DEU III: {string.Join(", ", options.Influence.Keys.Order(StringComparer.Ordinal))}), so this is {PowerCompromiseOptions.ModelName}'s forecast."
                : FormattableString.Invariant($"Influence factors applied to {matched} of {participants.Count} actors."));
        }
        return notes;
    }

    private IReadOnlyDictionary<string, double> Power(Scenario scenario, Issue issue)
    {
        var rule = issue.DecisionRule;
        var voters = IssuePower.Voters(scenario, issue, PowerCompromiseOptions.NonVotingGroup);
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{string.Join(",", voters.Select(v => $"{v.Id}:{v.Capability:R}"))}|{rule.Kind}|{rule.Threshold:R}|{rule.MemberShare:R}|{rule.BlockingMinority}|{string.Join(",", rule.VetoPlayers)}");
        return _games.GetOrAdd(key, _ => IssuePower.Of(voters, rule, options.Index, PowerCompromiseOptions.MaxExactVoters));
    }
}
