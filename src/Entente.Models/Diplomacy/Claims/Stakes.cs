namespace Entente.Models.Diplomacy.Claims;

/// <summary>The shared quantities of specification §3 from which a claim's stakes are computed.</summary>
public static class Stakes
{
    /// <summary>
    /// ℓ(o → o′) = r·(dist(o′, x*) − dist(o, x*)): what an actor of resolve r and ideal x* loses when the
    /// outcome of an issue of range Δ moves from o to o′ (negative: a gain).
    /// </summary>
    public static double Loss(double resolve, double ideal, double from, double to, double range) =>
        resolve * (Math.Abs(to - ideal) - Math.Abs(from - ideal)) / range;
}
