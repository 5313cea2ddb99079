using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.Spatial;

/// <summary>
/// <see cref="Voting.Vote"/>, <see cref="SpatialActors.Utility"/> and
/// <see cref="ChallengeEvaluator.ThirdPartyVote"/> on eight lanes at once. Each lane performs the scalar
/// operations in the scalar order (no fused multiply-adds), so every lane is bit-identical to the scalar
/// code and the vector paths cannot move a result off KTAB's reference.
/// </summary>
internal static class VoteLanes
{
    // Inlined so that the lanes stay in registers instead of passing through memory at every call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Utility(Vector512<double> d, Vector512<double> r)
    {
        var one = Vector512<double>.One;
        var near = one + d * r;
        var far = one + r;
        return (one - d) * Vector512.ConditionalSelect(Vector512.LessThanOrEqual(d, one), near, far);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Vote(VotingRule rule, Vector512<double> weight, Vector512<double> uFor, Vector512<double> uAgainst)
    {
        var du = uFor - uAgainst;
        switch (rule)
        {
            case VotingRule.Prop:
                return weight * du;
            case VotingRule.Binary:
                return weight * Binary(du);
            case VotingRule.PropBin:
                return weight * (Vector512.Create(1 - Voting.PropBinShare) * du + Vector512.Create(Voting.PropBinShare) * Binary(du));
            case VotingRule.PropCbc:
                return weight * (Vector512.Create(1 - Voting.PropCbcShare) * du + Vector512.Create(Voting.PropCbcShare) * du * du * du);
            case VotingRule.Cubic:
                return weight * (du * du * du);
            case VotingRule.ASymProsp:
                var gain = Vector512.Create(2.0) * weight * du / Vector512.Create(3.0);
                var loss = weight * du;
                var positive = Vector512.ConditionalSelect(Vector512.GreaterThan(du, Vector512<double>.Zero), gain, Vector512<double>.Zero);
                return Vector512.ConditionalSelect(Vector512.LessThan(du, Vector512<double>.Zero), loss, positive);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule));
        }
    }

    /// <summary>The lanes of <see cref="ChallengeEvaluator.ThirdPartyVote"/>, principals' strengths per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ThirdPartyVote(VotingRule rule, ThirdPartyCommit commit, Vector512<double> weight,
        Vector512<double> uni, Vector512<double> unj, Vector512<double> unn, Vector512<double> principalsI, Vector512<double> principalsJ)
    {
        var zero = Vector512<double>.Zero;
        var own = Vote(rule, weight, uni, unj);
        var ci = Vector512.ConditionalSelect(Vector512.GreaterThan(own, zero), principalsI + own, principalsI);
        var cj = Vector512.ConditionalSelect(Vector512.LessThan(own, zero), principalsJ - own, principalsJ);
        var pi = ci / (ci + cj);
        var pj = Vector512<double>.One - pi;
        Vector512<double> joinIWins, joinILoses, joinJLoses, joinJWins;
        switch (commit)
        {
            case ThirdPartyCommit.FullCommit:
                joinIWins = uni + uni + uni;
                joinILoses = unj + unj + unj;
                joinJLoses = joinIWins;
                joinJWins = joinILoses;
                break;
            case ThirdPartyCommit.SemiCommit:
                joinIWins = uni + uni + unn;
                joinILoses = unj + unj + unj;
                joinJLoses = uni + uni + uni;
                joinJWins = unj + unj + unn;
                break;
            case ThirdPartyCommit.NoCommit:
                joinIWins = uni + uni + unn;
                joinILoses = unj + unj + unn;
                joinJLoses = joinIWins;
                joinJWins = joinILoses;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(commit));
        }
        var joinI = (pi * joinIWins) + (pj * joinILoses);
        var joinJ = (pi * joinJLoses) + (pj * joinJWins);
        return Vote(rule, weight, joinI, joinJ);
    }

    // Voting's ramp: clamp(du / 1e-8, −1, 1).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Binary(Vector512<double> du) =>
        Vector512.Min(Vector512.Max(du / Vector512.Create(Voting.BinaryRamp), Vector512.Create(-1.0)), Vector512<double>.One);
}
