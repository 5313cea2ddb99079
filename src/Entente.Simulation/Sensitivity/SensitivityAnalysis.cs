using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity: each actor's position, salience and capability are moved down and up
/// on every issue the actor takes part in, one actor and one field at a time, and every issue's forecast
/// is recorded, so effects that cross issues (the exchange model's trades) show too. Then each actor is
/// left out in turn to find the pivotal ones. Runs are independent and go through the engine's one scheduler
/// (<see cref="Execution.WorkScheduler"/>), one actor's runs per piece.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Analyses the forecast <paramref name="request"/> asks for, with the model and options it resolves to.</summary>
    public static SensitivityResult Run(ForecastRequest request, SensitivitySettings settings, CancellationToken cancellation = default)
    {
        var model = ForecastRunner.ResolveModel(request);
        return Run(request.Scenario, model, ForecastRunner.ResolveOptions(request, model), settings, request.Rounds, request.Seed, cancellation);
    }

    /// <summary>Analyses <paramref name="scenario"/> under the named model.</summary>
    public static SensitivityResult Run(
        Scenario scenario, string model, IReadOnlyList<ModelOption> options, SensitivitySettings settings,
        int? rounds = null, ulong seed = 0, CancellationToken cancellation = default)
    {
        var name = ModelCatalog.Create(model, options).Name;
        // The runs themselves are spread over the cores, so a model's own loops run in turn.
        var context = new ModelRunContext { Seed = seed, Rounds = rounds, Cancellation = cancellation };
        double[] Forecasts(Scenario variant) =>
            ModelCatalog.Create(model, options).Run(variant, context).Issues.Select(i => i.Forecast).ToArray();

        var baseline = Forecasts(scenario);
        var actors = scenario.Actors.Where(a => scenario.Stances.Any(s => s.ActorId == a.Id)).ToArray();
        var fields = Enum.GetValues<SensitivityField>();

        var bars = new (double[] Low, double[] High)[actors.Length * fields.Length];
        var without = new double[actors.Length][];
        Execution.WorkScheduler.ForEach(actors.Length, a =>
        {
            for (var f = 0; f < fields.Length; f++)
            {
                bars[a * fields.Length + f] = (
                    Forecasts(Move(scenario, actors[a].Id, fields[f], settings, up: false)),
                    Forecasts(Move(scenario, actors[a].Id, fields[f], settings, up: true)));
            }
            without[a] = LeaveOut(scenario, actors[a].Id, Forecasts);
        }, cancellation: cancellation);

        var issues = new List<IssueSensitivity>();
        for (var i = 0; i < scenario.Issues.Count; i++)
        {
            var issue = scenario.Issues[i];
            var participants = scenario.Stances.Where(s => s.IssueId == issue.Id).Select(s => s.ActorId).ToHashSet();
            var tornado = new List<TornadoBar>();
            var influence = new List<ActorInfluence>();
            for (var a = 0; a < actors.Length; a++)
            {
                for (var f = 0; f < fields.Length; f++)
                {
                    var (low, high) = bars[a * fields.Length + f];
                    var bar = new TornadoBar(actors[a].Id, fields[f], low[i], high[i]);
                    if (bar.Swing > 0 || participants.Contains(actors[a].Id))
                    {
                        tornado.Add(bar);
                    }
                }
                if (participants.Contains(actors[a].Id))
                {
                    var shift = without[a][i] - baseline[i];
                    influence.Add(new ActorInfluence(actors[a].Id, without[a][i], shift,
                        double.IsFinite(shift) && Math.Abs(shift) >= settings.PivotalShare * issue.Scale.Width));
                }
            }
            issues.Add(new IssueSensitivity(
                issue.Id,
                baseline[i],
                tornado.OrderByDescending(b => b.Swing).ThenBy(b => b.ActorId, StringComparer.Ordinal).ToList(),
                influence.OrderByDescending(x => double.IsFinite(x.Shift) ? Math.Abs(x.Shift) : -1).ToList()));
        }
        return new SensitivityResult(name, settings, issues);
    }

    private static Scenario Move(Scenario scenario, string actorId, SensitivityField field, SensitivitySettings settings, bool up)
    {
        var sign = up ? 1.0 : -1.0;
        var actor = scenario.FindActor(actorId)!;
        var stances = scenario.Stances.Select(stance =>
        {
            if (stance.ActorId != actorId)
            {
                return stance;
            }
            var scale = scenario.FindIssue(stance.IssueId)!.Scale;
            return field switch
            {
                SensitivityField.Position => stance with
                {
                    Position = Math.Clamp(stance.Position + sign * settings.PositionStep * scale.Width, scale.Min, scale.Max),
                },
                SensitivityField.Salience => stance with
                {
                    Salience = Math.Clamp(stance.Salience + sign * settings.SalienceStep * scenario.SalienceCeiling, 0, scenario.SalienceCeiling),
                },
                _ => stance with
                {
                    Capability = (stance.Capability ?? actor.Capability!.Value) * (up ? settings.CapabilityFactor : 1 / settings.CapabilityFactor),
                },
            };
        });
        return scenario with { Stances = new ValueList<Stance>(stances) };
    }

    private static double[] LeaveOut(Scenario scenario, string actorId, Func<Scenario, double[]> forecasts)
    {
        var remaining = scenario.Stances.Where(s => s.ActorId != actorId).ToArray();
        var result = new double[scenario.Issues.Count];
        // An issue left with one participant has no negotiation to forecast; mark it and forecast the rest. With a
        // strategic layer it stays in the scenario while anyone is on it, since the layer's signals, commitments and
        // deciders name it; only its mark says it was not forecast.
        var kept = scenario.Strategic is null ? 2 : 1;
        var alive = scenario.Issues.Where(issue => remaining.Count(s => s.IssueId == issue.Id) >= kept).ToArray();
        Array.Fill(result, double.NaN);
        if (alive.Length == 0)
        {
            return result;
        }
        var reduced = scenario with { Issues = new ValueList<Issue>(alive), Stances = new ValueList<Stance>(remaining.Where(s => alive.Any(i => i.Id == s.IssueId))) };
        var values = forecasts(reduced);
        for (var k = 0; k < alive.Length; k++)
        {
            if (remaining.Count(s => s.IssueId == alive[k].Id) >= 2)
            {
                result[scenario.Issues.ToList().FindIndex(i => i.Id == alive[k].Id)] = values[k];
            }
        }
        return result;
    }
}
