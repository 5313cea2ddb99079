using Entente.Domain;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>
/// <c>eum-diplomacy</c>: the expected utility model with the diplomacy layer (version 2). Every claim is read
/// through the signalling stage game by each observer, commitments are honoured or broken by their committers,
/// unilateral issues are their deciders' best responses, and negotiations concede toward their deadlines. A
/// scenario written for version 1 runs through the mapping of specification §16.
/// </summary>
internal sealed class DiplomacyModel(DiplomacyOptions options) : IBargainingModel
{
    public string Name => DiplomacyOptions.ModelName;

    public DiplomacyOptions Options => options;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var layer = scenario.Strategic ?? (scenario.HasDiplomacy ? Version1Mapping.Map(scenario).Layer : new StrategicLayer());
        var run = new StrategicEngine(options.Eum, context).Run(scenario, layer);
        var issues = new List<IssueForecast>(run.Cast.IssueCount);
        for (var d = 0; d < run.Cast.IssueCount; d++)
        {
            var rounds = run.Rounds[d];
            var last = rounds[^1];
            var decider = run.Cast.Decider[d];
            issues.Add(new IssueForecast
            {
                IssueId = run.Cast.Issues[d],
                // A unilateral issue is what its decider chooses (§9); the others' positions are their demands.
                Forecast = decider >= 0 ? run.Positions[decider, d] : last.WeightedMedian,
                WeightedMean = last.WeightedMean,
                WeightedMedian = last.WeightedMedian,
                Rounds = rounds,
                StoppingReason = run.Reasons[d],
                Explanation = rounds.Count > 1 && !context.IsLean ? Explanation.Write(rounds, run.Reasons[d]) : [],
                Details = new Dictionary<string, double>
                {
                    ["q"] = options.Eum.Q,
                    ["t"] = options.Eum.T,
                    ["rounds"] = rounds.Count - 1,
                },
            });
        }
        return new ForecastResult { Model = Name, Issues = issues, Strategic = run.Outcome };
    }
}
