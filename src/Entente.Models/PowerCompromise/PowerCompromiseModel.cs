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
/// </summary>
internal sealed class PowerCompromiseModel(PowerCompromiseOptions options) : IBargainingModel
{
    // The same council decides many issues: one game per distinct set of votes and rule.
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, double>> _games = new(StringComparer.Ordinal);

    public string Name => PowerCompromiseOptions.ModelName;

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
            double weighted = 0, total = 0;
            foreach (var p in participants)
            {
                var pi = nonVoting.Contains(p.ActorId) ? options.NonVotingWeight * strongest : power.GetValueOrDefault(p.ActorId);
                // 0^γ stays 0 for γ > 0 (an actor that does not care keeps no voice) and is 1 for γ = 0.
                var salience = options.SalienceExponent == 0 ? 1 : p.Salience > 0 ? Math.Pow(p.Salience, options.SalienceExponent) : 0;
                var weight = pi * salience;
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
                Details = participants.ToDictionary(p => "power." + p.ActorId, p => nonVoting.Contains(p.ActorId) ? options.NonVotingWeight * strongest : power.GetValueOrDefault(p.ActorId)),
            });
        }
        return new ForecastResult { Model = Name, Issues = issues };
    }

    private IReadOnlyDictionary<string, double> Power(Scenario scenario, Issue issue)
    {
        var rule = issue.DecisionRule;
        var capabilityOnIssue = scenario.Stances.Where(s => s.IssueId == issue.Id && s.Capability is not null)
            .ToDictionary(s => s.ActorId, s => s.Capability, StringComparer.Ordinal);
        var key = string.Join(",", scenario.Actors.Select(a =>
            a.Id + ":" + (a.Groups.Contains(PowerCompromiseOptions.NonVotingGroup) ? "-" : (capabilityOnIssue.GetValueOrDefault(a.Id) ?? a.Capability)?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))))
            + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"|{rule.Kind}|{rule.Threshold}|{rule.MemberShare}|{rule.BlockingMinority}|{string.Join(",", rule.VetoPlayers)}");
        return _games.GetOrAdd(key, _ => IssuePower.Of(scenario, issue, options.Index, PowerCompromiseOptions.NonVotingGroup, PowerCompromiseOptions.MaxExactVoters));
    }
}
