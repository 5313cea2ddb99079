using Entente.Domain;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>
/// <c>eum-diplomacy</c>: the expected utility model with the diplomacy layer. Runs the engine, then
/// measures which signals, events, commitments and offers moved the forecast by re-running without each,
/// and writes the run as a narrative.
/// </summary>
internal sealed class DiplomacyModel(DiplomacyOptions options) : IBargainingModel
{
    public string Name => DiplomacyOptions.ModelName;

    public DiplomacyOptions Options => options;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        if (scenario.Strategic is { } layer)
        {
            return Strategic(scenario, layer, context);
        }
        var run = Execute(scenario, context, Suppression.None);
        var result = ToResult(run);
        var agreement = Agreement.Of(run);
        var drivers = options.Explain > 0 && context.Trial is null
            ? DriverAnalysis.Find(scenario, run, result, options.Explain, (s, suppression) => ToResult(Execute(s, context with { Observer = null }, suppression)))
            : [];
        var outcome = new DiplomacyOutcome
        {
            EscalationIndex = run.EscalationIndex,
            AgreementProbability = agreement.Count == 0 ? 0 : agreement.Values.Count(a => a.Agreed) / (double)agreement.Count,
            Agreement = agreement,
            Reputation = run.Cast.Actors.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => run.Final.Reputation[p.i], StringComparer.Ordinal),
            Explanation = drivers,
            DeadlineRound = run.DeadlineRound,
        };
        return result with { Diplomacy = outcome with { Narrative = Narrative.Write(run, result, outcome) } };
    }

    /// <summary>The version-2 layer: the base model with perceptions, claims read through the stage game, decisions by their deciders.</summary>
    private ForecastResult Strategic(Scenario scenario, Domain.Strategic.StrategicLayer layer, ModelRunContext context)
    {
        var run = new Engine.StrategicEngine(options.Eum, context).Run(scenario, layer);
        var issues = new List<IssueForecast>(run.Cast.IssueCount);
        for (var d = 0; d < run.Cast.IssueCount; d++)
        {
            var rounds = run.Rounds[d];
            var last = rounds[^1];
            issues.Add(new IssueForecast
            {
                IssueId = run.Cast.Issues[d],
                Forecast = last.WeightedMedian,
                WeightedMean = last.WeightedMean,
                WeightedMedian = last.WeightedMedian,
                Rounds = rounds,
                StoppingReason = run.Reasons[d],
                Explanation = rounds.Count > 1 ? Explanation.Write(rounds, run.Reasons[d]) : [],
            });
        }
        return new ForecastResult { Model = Name, Issues = issues, Strategic = run.Outcome };
    }

    internal EngineRun Execute(Scenario scenario, ModelRunContext context, Suppression suppression) =>
        new DiplomacyEngine(options.Eum, context, suppression).Run(scenario);

    private ForecastResult ToResult(EngineRun run)
    {
        var cast = run.Cast;
        var issues = new List<IssueForecast>(cast.Issues.Length);
        for (var d = 0; d < cast.Issues.Length; d++)
        {
            var rounds = run.Rounds[d];
            var last = rounds[^1];
            issues.Add(run.SettledAtStart[d]
                ? new IssueForecast
                {
                    IssueId = cast.Issues[d],
                    Forecast = last.WeightedMedian,
                    WeightedMean = last.WeightedMean,
                    WeightedMedian = last.WeightedMedian,
                    Rounds = rounds,
                    StoppingReason = run.Reasons[d],
                }
                : new IssueForecast
                {
                    IssueId = cast.Issues[d],
                    Forecast = last.WeightedMedian,
                    WeightedMean = last.WeightedMean,
                    WeightedMedian = last.WeightedMedian,
                    Rounds = rounds,
                    StoppingReason = run.Reasons[d],
                    Explanation = Explanation.Write(rounds, run.Reasons[d]),
                    Details = new Dictionary<string, double>
                    {
                        ["delta"] = cast.Delta[d],
                        ["q"] = options.Eum.Q,
                        ["t"] = options.Eum.T,
                        ["rounds"] = rounds.Count - 1,
                    },
                });
        }
        return new ForecastResult { Model = Name, Issues = issues, Rounds = run.ScenarioRounds };
    }
}
