using Entente.Models.Diplomacy.Claims;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>The stage games of the canonical examples (specification §18), built from their stated inputs.</summary>
internal static class Games
{
    public static readonly double[] FearonResolve = [0.2, 0.4, 0.6, 0.8, 1.0];

    /// <summary>W3-W9's sender: resolve r uniform on five points, q = 0, B_S = r·g, a fixed cost of acting.</summary>
    public static ClaimSender[] FearonSenders(double cost, double g = 0.5) =>
        [.. FearonResolve.Select(r => new ClaimSender(0.2, r * g, cost, 0.0))];

    public static ClaimReceiver[] Receivers(params (double Weight, double Loss, double Stake)[] types) =>
        [.. types.Select(t => new ClaimReceiver(t.Weight, t.Loss, t.Stake))];

    public static double Mean(IReadOnlyList<double> points, IReadOnlyList<double> weights) =>
        Entente.Models.Diplomacy.Beliefs.Probability.Mean(points, weights);
}
