using CsCheck;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.StageGame;

/// <summary>Generators of stage games as the reference's fuzz draws them: random threat and promise templates, and games with arbitrary payoffs.</summary>
internal static class RandomGames
{
    // Uniform on a fine lattice, as the reference's fuzz draws: CsCheck's own doubles favour the endpoints, where
    // thresholds sit exactly on a credibility and only the unsearched family (C) of §5.3 could be an equilibrium.
    private static Gen<double> U(double low, double high) => Gen.Int[0, 1 << 30].Select(i => low + (high - low) * (i / (double)(1 << 30)));

    private static Gen<double> Pick(params double[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<ClaimReceiver[]> Receivers =
        Gen.Select(U(0.01, 1), U(0, 0.5), U(0.01, 0.8), (w, l, s) => new ClaimReceiver(w, l, s)).Array[1, 3];

    public static readonly Gen<SignallingGame> Threats =
        from types in Gen.Select(U(0.01, 1), Pick(0.2, 0.4, 0.6, 0.8, 1.0), Pick(0.0, 0.5, 1.0)).Array[1, 6]
        from g in U(0, 1)
        from cost in U(0, 0.5)
        from terms in Gen.Select(U(0, 1), U(0, 0.5), Gen.OneOf(Gen.Const(0.0), U(0, 0.4)),
            Gen.OneOf(Gen.Const(0.0), U(0, 0.2)), Gen.OneOf(Gen.Const(0.0), U(0, 0.3)), Pick(0.0, 0.2),
            (p, w, a, k, omega, f) => new ClaimTerms { Success = p, HonourScale = w, AudienceCost = a, Sunk = k, Reaction = omega, Face = f })
        from receivers in Receivers
        select ThreatClaim.Game([.. types.Select(t => new ClaimSender(t.Item1, t.Item2 * g, cost, t.Item3))], receivers, terms);

    public static readonly Gen<SignallingGame> Promises =
        from types in Gen.Select(U(0.01, 1), Pick(0.0, 0.5, 1.0)).Array[1, 6]
        from benefit in U(0, 0.3)
        from cost in U(0, 0.5)
        from a in Gen.OneOf(Gen.Const(0.0), U(0, 0.4))
        from k in Gen.OneOf(Gen.Const(0.0), U(0, 0.3))
        from receivers in Gen.Select(U(0.01, 1), U(0, 0.3), U(0, 0.5), (w, l, s) => new ClaimReceiver(w, l, s)).Array[1, 3]
        select PromiseClaim.Game([.. types.Select(t => new ClaimSender(t.Item1, benefit, cost, t.Item2))], receivers,
            new ClaimTerms { HonourScale = 0.5, AudienceCost = a, Sunk = k });

    public static readonly Gen<SignallingGame> Arbitrary =
        from senders in Gen.Select(U(0.01, 1), U(-1, 1).Array[4], Pick(0.0, 1.0).Array[2],
            (p, u, phi) => new SenderType(p, u[0], u[1], u[2], u[3], phi[0], phi[1])).Array[1, 6]
        from receivers in Gen.Select(U(0.01, 1), Gen.OneOf(U(-0.2, 1.2), Pick(double.PositiveInfinity, double.NegativeInfinity)),
            (w, t) => new ReceiverType(w, t)).Array[1, 3]
        select new SignallingGame(senders, receivers);

    public static readonly Gen<SignallingGame> Any = Gen.OneOf(Threats, Promises, Arbitrary);
}
