using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Advice;

/// <summary>
/// Reads one run as the advised actor sees it: the objective (higher is better for it), the forecasts of its issues,
/// whether it broke a commitment of its own, and the conflict cost it paid carrying out its threats of contest.
/// </summary>
internal sealed class ObjectiveMeasure
{
    private readonly AdviceObjective _objective;
    private readonly string _actor;
    private readonly string[] _issues;
    private readonly double[] _ideals;
    private readonly double[] _weights;
    private readonly string[] _negotiations;

    public ObjectiveMeasure(Scenario scenario, AdviceObjective objective, string actor, IReadOnlyList<string> issues, IReadOnlyList<double> ideals)
    {
        _objective = objective;
        _actor = actor;
        _issues = [.. issues];
        _ideals = [.. ideals];
        _weights = [.. issues.Select(i => scenario.Stances.FirstOrDefault(s => s.ActorId == actor && s.IssueId == i)?.Salience ?? 0.0)];
        // A weight of zero everywhere would leave the distance undefined: then every issue counts alike.
        if (_weights.Sum() <= 0)
        {
            Array.Fill(_weights, 1.0);
        }
        var negotiations = scenario.Strategic?.Negotiations ?? [];
        var own = negotiations.Where(n => n.Parties.Contains(actor)).Select(n => n.Id).ToArray();
        _negotiations = own.Length > 0 ? own : [.. negotiations.Select(n => n.Id)];
    }

    /// <summary>The negotiations the deal objective counts: the actor's own, else every one.</summary>
    public IReadOnlyList<string> Negotiations => _negotiations;

    /// <summary>The number of issues whose forecasts are read.</summary>
    public int IssueCount => _issues.Length;

    /// <summary>
    /// The objective of <paramref name="result"/>; its issues' forecasts go into <paramref name="forecasts"/>.
    /// <paramref name="reneged"/>: whether the actor broke a commitment of its own; <paramref name="conflict"/>: the conflict
    /// cost it paid carrying out threats of contest (the <c>paid</c> of its <c>honour</c> decisions, which is its conflict
    /// cost for a contest and 0 for any other commitment held), summed over the run.
    /// </summary>
    public double Read(ForecastResult result, Span<double> forecasts, out bool reneged, out double conflict)
    {
        for (var k = 0; k < _issues.Length; k++)
        {
            forecasts[k] = Forecast(result, _issues[k]);
        }
        reneged = false;
        conflict = 0.0;
        if (result.Strategic is { } layer)
        {
            foreach (var round in layer.Rounds)
            {
                foreach (var d in round.Decisions)
                {
                    if (d.Actor != _actor)
                    {
                        continue;
                    }
                    if (d.Kind == "renege")
                    {
                        reneged = true;
                    }
                    else if (d.Kind == "honour")
                    {
                        conflict += d.Paid;
                    }
                }
            }
        }
        return _objective switch
        {
            AdviceObjective.Escalation => result.Strategic?.EscalationRound is null ? 1.0 : 0.0,
            AdviceObjective.Deal => Deals(result),
            _ => Closeness(forecasts),
        };
    }

    // Minus the salience-weighted mean distance to the ideal, in scale points: 0 is the ideal everywhere.
    private double Closeness(ReadOnlySpan<double> forecasts)
    {
        double distance = 0, weight = 0;
        for (var k = 0; k < _issues.Length; k++)
        {
            distance += _weights[k] * Math.Abs(forecasts[k] - _ideals[k]);
            weight += _weights[k];
        }
        return -distance / weight;
    }

    private double Deals(ForecastResult result)
    {
        if (_negotiations.Length == 0)
        {
            return 0.0;
        }
        var deals = 0;
        foreach (var id in _negotiations)
        {
            if (result.Strategic?.Negotiations.FirstOrDefault(n => n.Id == id)?.Deal == true)
            {
                deals++;
            }
        }
        return deals / (double)_negotiations.Length;
    }

    private static double Forecast(ForecastResult result, string issue)
    {
        foreach (var i in result.Issues)
        {
            if (i.IssueId == issue)
            {
                return i.Forecast;
            }
        }
        return double.NaN;
    }
}
