using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Institutional;

/// <summary>
/// The compromise model with the EU's procedure in it: each participant weighs c·s^γ times the multiplier
/// of its procedural role (read from its groups), and the weighted mean then moves a little further from
/// the reference point, because legislation that passes changes the status quo rather than splitting the
/// difference with it.
/// </summary>
internal sealed class InstitutionalModel(InstitutionalOptions options) : IBargainingModel
{
    public string Name => InstitutionalOptions.ModelName;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var multipliers = scenario.Actors.ToDictionary(a => a.Id, Multiplier, StringComparer.Ordinal);
        var issues = new List<IssueForecast>(scenario.Issues.Count);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var participants = scenario.ParticipantsIn(issue.Id);
            var input = WeightedStatistics.InputRound(participants);
            var mean = RoleWeightedMean(participants, multipliers);
            var forecast = issue.StatusQuo is { } q
                ? Math.Clamp(mean + options.ReferencePush * (mean - q), issue.Scale.Min, issue.Scale.Max)
                : mean;
            issues.Add(new IssueForecast
            {
                IssueId = issue.Id,
                Forecast = forecast,
                WeightedMean = input.WeightedMean,
                WeightedMedian = input.WeightedMedian,
                Rounds = [input],
                Details = new Dictionary<string, double> { ["roleWeightedMean"] = mean },
            });
        }
        return new ForecastResult { Model = Name, Issues = issues };
    }

    private double Multiplier(Actor actor) =>
        actor.Groups.Contains(InstitutionalOptions.AgendaSetterGroup) ? options.AgendaSetter
        : actor.Groups.Contains(InstitutionalOptions.CoLegislatorGroup) ? options.CoLegislator
        : actor.Groups.Contains(InstitutionalOptions.ConsultedGroup) ? options.Consulted
        : 1.0;

    private double RoleWeightedMean(IReadOnlyList<Participant> participants, IReadOnlyDictionary<string, double> multipliers)
    {
        double weighted = 0, total = 0;
        foreach (var p in participants)
        {
            // 0^γ stays 0 for γ > 0: an actor that does not care keeps no voice.
            var salience = p.Salience > 0 ? Math.Pow(p.Salience, options.SalienceExponent) : 0;
            var weight = p.Capability * salience * multipliers[p.ActorId];
            weighted += weight * p.Position;
            total += weight;
        }
        return total > 0 ? weighted / total : participants.Average(p => p.Position);
    }
}
