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
        var work = new SensitivityWork(scenario, model, options, settings, rounds, seed, cancellation);
        var pieces = new double[work.Count][];
        Execution.WorkScheduler.ForEach(work.Count, a => pieces[a] = work.Run(a, cancellation), cancellation: cancellation);
        return work.Assemble(pieces);
    }

    /// <summary>
    /// The analysis as pieces, one per actor (its position, salience and capability moved down and up, and the
    /// actor left out), for an executor to run anywhere; <see cref="SensitivityWork.Assemble"/> puts them together.
    /// The baseline runs here, once.
    /// </summary>
    public static SensitivityWork Pieces(
        Scenario scenario, string model, IReadOnlyList<ModelOption> options, SensitivitySettings settings,
        int? rounds = null, ulong seed = 0, CancellationToken cancellation = default) =>
        new(scenario, model, options, settings, rounds, seed, cancellation);

    /// <summary>The model and options <paramref name="request"/> resolves to, as <see cref="Pieces"/> takes them.</summary>
    public static (string Model, IReadOnlyList<ModelOption> Options) Resolve(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = ForecastRunner.ResolveModel(request);
        return (model, ForecastRunner.ResolveOptions(request, model));
    }

    internal static Scenario Move(Scenario scenario, string actorId, SensitivityField field, SensitivitySettings settings, bool up)
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

    internal static double[] LeaveOut(Scenario scenario, string actorId, Func<Scenario, double[]> forecasts)
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
