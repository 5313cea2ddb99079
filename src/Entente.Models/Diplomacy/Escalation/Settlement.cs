namespace Entente.Models.Diplomacy.Escalation;

/// <summary>The settlement a dyad could have instead of a conflict (specification §10).</summary>
public static class Settlement
{
    /// <summary>
    /// x̃_d: the forecast (base forecast, or the decider's position on a unilateral issue) clamped to the
    /// segment between the two positions — neither side is offered more than it asks.
    /// </summary>
    /// <param name="forecast">F_d.</param>
    /// <param name="own">x_id.</param>
    /// <param name="rival">x_jd.</param>
    public static double Available(double forecast, double own, double rival) =>
        Math.Min(Math.Max(own, rival), Math.Max(Math.Min(own, rival), forecast));
}
