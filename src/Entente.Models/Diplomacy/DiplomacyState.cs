namespace Entente.Models.Diplomacy;

/// <summary>A standing claim of a sender on an issue: the latest position it claimed and that channel's audience cost.</summary>
internal readonly record struct Claim(double Position, double AudienceCost);

/// <summary>Where a commitment stands.</summary>
internal enum CommitmentStatus
{
    Open,
    Kept,
    CarriedOut,
    Lapsed,
}

/// <summary>
/// The state of the world after a round: true positions, saliences and capabilities, who is at the table,
/// every observer's beliefs, reputations, standing claims and commitments. A state is never changed once
/// the next round has been computed from it: <see cref="Next"/> copies, the round changes the copy.
/// </summary>
internal sealed class DiplomacyState
{
    public required int Round { get; init; }

    /// <summary>[issue][actor] true positions.</summary>
    public required double[][] X { get; init; }

    /// <summary>[issue][actor] true saliences, 0-1, summit boosts included.</summary>
    public required double[][] S { get; init; }

    /// <summary>[issue][actor] capabilities before unity (shocks change them).</summary>
    public required double[][] C { get; init; }

    /// <summary>[actor] whether the actor is at the table.</summary>
    public required bool[] Active { get; init; }

    /// <summary>[actor] reputation ρ.</summary>
    public required double[] Reputation { get; init; }

    /// <summary>[observer][actor][issue] believed position minus true position (moves are seen; the gap persists).</summary>
    public required double[][][] PositionGap { get; init; }

    /// <summary>[observer][actor][issue] believed salience minus true salience.</summary>
    public required double[][][] SalienceGap { get; init; }

    /// <summary>[observer][actor][issue] confidence κ; +∞ never moves.</summary>
    public required double[][][] Confidence { get; init; }

    /// <summary>[actor][issue] the standing claim, if any.</summary>
    public required Claim?[][] Claims { get; init; }

    /// <summary>[commitment] its status.</summary>
    public required CommitmentStatus[] Commitments { get; init; }

    /// <summary>[issue] whether the issue has stopped (converged).</summary>
    public required bool[] Done { get; init; }

    public DiplomacyState Next(int round) => new()
    {
        Round = round,
        X = Copy(X),
        S = Copy(S),
        C = Copy(C),
        Active = (bool[])Active.Clone(),
        Reputation = (double[])Reputation.Clone(),
        PositionGap = PositionGap.Select(Copy).ToArray(),
        SalienceGap = SalienceGap.Select(Copy).ToArray(),
        Confidence = Confidence.Select(Copy).ToArray(),
        Claims = Claims.Select(c => (Claim?[])c.Clone()).ToArray(),
        Commitments = (CommitmentStatus[])Commitments.Clone(),
        Done = (bool[])Done.Clone(),
    };

    /// <summary>What <paramref name="observer"/> believes <paramref name="actor"/>'s position on issue <paramref name="d"/> is.</summary>
    public double Believed(Cast cast, int observer, int actor, int d) =>
        observer == actor ? X[d][actor] : cast.Clamp(d, X[d][actor] + PositionGap[observer][actor][d]);

    /// <summary>What <paramref name="observer"/> believes <paramref name="actor"/>'s salience on issue <paramref name="d"/> is (0-1).</summary>
    public double BelievedSalience(int observer, int actor, int d) =>
        observer == actor ? S[d][actor] : Math.Clamp(S[d][actor] + SalienceGap[observer][actor][d], 0, 1);

    private static T[][] Copy<T>(T[][] rows) => rows.Select(r => (T[])r.Clone()).ToArray();
}
