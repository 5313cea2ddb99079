namespace Entente.Domain.Diplomacy;

/// <summary>Where a composite actor stands and how united it is, from its factions.</summary>
internal static class FactionMath
{
    /// <summary>
    /// The factions' weighted mean position on <paramref name="issue"/>, a faction that lists no position
    /// there taking the actor's stance position; null when the actor has no factions or no stance.
    /// </summary>
    public static double? MeanPosition(Scenario scenario, Actor actor, string issue)
    {
        var stance = scenario.Stances.FirstOrDefault(s => s.ActorId == actor.Id && s.IssueId == issue);
        if (actor.Factions.Count == 0 || stance is null)
        {
            return null;
        }
        double weighted = 0, total = 0;
        foreach (var faction in actor.Factions)
        {
            weighted += faction.Weight * PositionOf(faction, issue, stance.Position);
            total += faction.Weight;
        }
        return total > 0 ? weighted / total : stance.Position;
    }

    /// <summary>
    /// Unity = 1 − (weighted mean absolute deviation of the factions from their mean) / (Δ/2), floored at 0;
    /// 1 for a unitary actor or a Δ of 0.
    /// </summary>
    public static double Unity(Actor actor, string issue, double stancePosition, double delta)
    {
        if (actor.Factions.Count == 0 || !(delta > 0))
        {
            return 1;
        }
        double weighted = 0, total = 0;
        foreach (var faction in actor.Factions)
        {
            weighted += faction.Weight * PositionOf(faction, issue, stancePosition);
            total += faction.Weight;
        }
        if (!(total > 0))
        {
            return 1;
        }
        var mean = weighted / total;
        double deviation = 0;
        foreach (var faction in actor.Factions)
        {
            deviation += faction.Weight * Math.Abs(PositionOf(faction, issue, stancePosition) - mean);
        }
        return Math.Max(0, 1 - deviation / total / (delta / 2));
    }

    private static double PositionOf(Faction faction, string issue, double fallback)
    {
        foreach (var p in faction.Positions)
        {
            if (p.Issue == issue)
            {
                return p.Position;
            }
        }
        return fallback;
    }
}
