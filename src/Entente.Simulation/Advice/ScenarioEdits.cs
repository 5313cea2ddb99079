using Entente.Domain;
using Entente.Domain.Strategic;

namespace Entente.Simulation.Advice;

/// <summary>The edits a lever makes to a scenario: one stance, one signal, a new signal.</summary>
internal static class ScenarioEdits
{
    /// <summary>The scenario with one actor's stance on one issue changed.</summary>
    public static Scenario Stance(Scenario scenario, string actor, string issue, Func<Stance, Stance> change) => scenario with
    {
        Stances = new([.. scenario.Stances.Select(s => s.ActorId == actor && s.IssueId == issue ? change(s) : s)]),
    };

    /// <summary>The scenario with one signal changed, or dropped (with the events that disown it) when <paramref name="change"/> gives null.</summary>
    public static Scenario Signal(Scenario scenario, string id, Func<Claim, Claim?> change)
    {
        var layer = scenario.Strategic!;
        var signals = new List<Claim>();
        var dropped = false;
        foreach (var claim in layer.Signals)
        {
            if (claim.Id != id)
            {
                signals.Add(claim);
            }
            else if (change(claim) is { } changed)
            {
                signals.Add(changed);
            }
            else
            {
                dropped = true;
            }
        }
        var events = dropped ? new ValueList<LayerEvent>([.. layer.Events.Where(e => e.Disown != id)]) : layer.Events;
        return scenario with { Strategic = layer with { Signals = new(signals), Events = events } };
    }

    /// <summary>The scenario with one more signal.</summary>
    public static Scenario Add(Scenario scenario, Claim claim)
    {
        var layer = scenario.Strategic!;
        return scenario with { Strategic = layer with { Signals = new([.. layer.Signals, claim]) } };
    }
}
