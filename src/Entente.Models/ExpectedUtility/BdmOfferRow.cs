using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// One receiver's whole bdm offer phase (Q = 1, no dyad table) in a single pass over the proposers, eight
/// lanes at a time: probabilities from the raw votes, both utilities, the offer rule and the least-movement
/// choice, each pair touched once while it is in registers. The row-by-row path in <see cref="EumEngine"/>
/// writes a dozen n-long arrays per receiver; at 10,000 actors they spill out of L2 and cost more than the
/// arithmetic. Each lane keeps its own best offer; the lanes are reduced at the end, ties to the lower input index
/// as the row-by-row path breaks them.
/// </summary>
internal static class BdmOfferRow
{
    /// <summary>Wide enough where the hardware has 512-bit vectors and the row has one vector's worth.</summary>
    public static bool Applies(int count) => Vector512.IsHardwareAccelerated && count >= Vector512<double>.Count;

    /// <summary>
    /// The accepted proposer's input index (−1 for none) and E_ij, E_ji for it, for the receiver in
    /// <paramref name="slot"/> with risk exponent <paramref name="risk"/>. <paramref name="weightBelowMid"/> and
    /// <paramref name="momentBelowMid"/> hold, by proposer slot, Σ c·s and Σ c·s·x over the positions below the
    /// pair's midpoint; <paramref name="keys"/> each slot's input index as a double.
    /// </summary>
    public static int Choose(SortedPositions sorted, int slot, ReadOnlySpan<double> keys, ReadOnlySpan<double> weightBelowMid,
        ReadOnlySpan<double> momentBelowMid, double risk, double delta, out double receiverUtility, out double proposerUtility)
    {
        var x = sorted.Position.AsSpan();
        var xi = x[slot];
        var si = sorted.Salience[slot];
        var n = x.Length;
        var width = Vector512<double>.Count;
        var zero = Vector512<double>.Zero;
        var one = Vector512.Create(1.0);
        var half = Vector512.Create(0.5);
        var two = Vector512.Create(2.0);
        var four = Vector512.Create(4.0);
        var receiver = Vector512.Create(xi);
        var receiverSalience = Vector512.Create(si);
        var exponent = Vector512.Create(risk);
        var statusQuo = Vector512.Create(RiskCurve.Of(0.5, risk));
        var spread = Vector512.Create(delta);

        var bestMove = Vector512.Create(double.PositiveInfinity);
        var bestKey = bestMove;
        var bestReceiver = zero;
        var bestProposer = zero;

        // The receiver's side of the vote: voters up to its block (against a proposer to the right) or from its
        // block on (to the left), as in SortedBdmProbability.FillVotes, whose sums these repeat term by term.
        var total = Vector512.Create(sorted.TotalWeight);
        var upToReceiver = Vector512.Create(sorted.WeightBefore[sorted.BlockEnd[slot]]);
        var momentUpToReceiver = Vector512.Create(sorted.MomentBefore[sorted.BlockEnd[slot]]);
        var beforeReceiver = Vector512.Create(sorted.WeightBefore[sorted.BlockStart[slot]]);
        var momentBeforeReceiver = Vector512.Create(sorted.MomentBefore[sorted.BlockStart[slot]]);

        ref var xRef = ref MemoryMarshal.GetReference(x);
        ref var sRef = ref MemoryMarshal.GetArrayDataReference(sorted.Salience);
        ref var kRef = ref MemoryMarshal.GetReference(keys);
        ref var midRef = ref MemoryMarshal.GetReference(weightBelowMid);
        ref var midMomentRef = ref MemoryMarshal.GetReference(momentBelowMid);
        ref var startRef = ref MemoryMarshal.GetArrayDataReference(sorted.WeightBeforeBlock);
        ref var startMomentRef = ref MemoryMarshal.GetArrayDataReference(sorted.MomentBeforeBlock);
        ref var endRef = ref MemoryMarshal.GetArrayDataReference(sorted.WeightThroughBlock);
        ref var endMomentRef = ref MemoryMarshal.GetArrayDataReference(sorted.MomentThroughBlock);
        // The last vector overlaps the one before it rather than leaving a scalar tail: a proposer seen twice
        // ties with itself and changes nothing.
        for (var start = 0; start < n; start += width)
        {
            var t = (nuint)Math.Min(start, n - width);
            var xj = Vector512.LoadUnsafe(ref xRef, t);
            var sj = Vector512.LoadUnsafe(ref sRef, t);
            var wm = Vector512.LoadUnsafe(ref midRef, t);
            var wxm = Vector512.LoadUnsafe(ref midMomentRef, t);
            var m = half * (receiver + xj);
            // Proposer to the right: i holds the voters up to its block and those short of the midpoint.
            var rightLength = xj - receiver;
            var ws = Vector512.LoadUnsafe(ref startRef, t);
            var wxs = Vector512.LoadUnsafe(ref startMomentRef, t);
            var forIRight = rightLength * upToReceiver + two * (m * (wm - upToReceiver) - (wxm - momentUpToReceiver));
            var forJRight = rightLength * (total - ws) + two * ((wxs - wxm) - m * (ws - wm));
            // Proposer to the left: the mirror image.
            var leftLength = receiver - xj;
            var we = Vector512.LoadUnsafe(ref endRef, t);
            var wxe = Vector512.LoadUnsafe(ref endMomentRef, t);
            var forILeft = leftLength * (total - beforeReceiver) + two * ((momentBeforeReceiver - wxm) - m * (beforeReceiver - wm));
            var forJLeft = leftLength * we + two * (m * (wm - we) - (wxm - wxe));
            var right = Vector512.GreaterThan(xj, receiver);
            var forI = Vector512.Max(zero, Vector512.ConditionalSelect(right, forIRight, forILeft));
            var forJ = Vector512.Max(zero, Vector512.ConditionalSelect(right, forJRight, forJLeft));
            var all = forI + forJ;
            var voted = Vector512.GreaterThan(all, zero);
            var pij = Vector512.ConditionalSelect(voted, forI / Vector512.ConditionalSelect(voted, all, one), half);
            var pji = Vector512.ConditionalSelect(voted, one - pij, half);

            // Divided, not multiplied by 1/Δ: the two ends of the issue must give d = 1 exactly, since a base
            // of one ulp instead of 0 raised to r = ½ would be 1e-8, not rounding.
            var d = Vector512.Abs(xj - receiver) / spread;
            var low = half - half * d;
            var high = half + half * d;
            // UtilityPower, not Vector512.Exp and Log: the same bits as the row-by-row path, however the JIT compiled this.
            var lowPower = UtilityPower.Of(low, exponent);
            var highPower = UtilityPower.Of(high, exponent);
            var success = two - four * lowPower;
            var failure = two - four * highPower;

            // s_j[P U_s + (1 − P) U_f] + (1 − s_j) U_s − U_sq = U_s − U_sq − s_j (1 − P)(U_s − U_f).
            var stake = success - failure;
            var gain = success - statusQuo;
            var eij = gain - sj * pji * stake;
            var eji = gain - receiverSalience * pij * stake;

            var offer = BdmOfferLanes.Offer(eij, eji, receiver, xj, ~Vector512.Equals(xj, receiver), out var position);
            var move = Vector512.Abs(position - receiver);
            var key = Vector512.LoadUnsafe(ref kRef, t);
            var better = BdmOfferLanes.Better(offer, move, key, bestMove, bestKey);
            bestMove = Vector512.ConditionalSelect(better, move, bestMove);
            bestKey = Vector512.ConditionalSelect(better, key, bestKey);
            bestReceiver = Vector512.ConditionalSelect(better, eij, bestReceiver);
            bestProposer = Vector512.ConditionalSelect(better, eji, bestProposer);
        }

        return Reduce(bestMove, bestKey, bestReceiver, bestProposer, out receiverUtility, out proposerUtility);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Reduce(Vector512<double> move, Vector512<double> key, Vector512<double> eij, Vector512<double> eji,
        out double receiverUtility, out double proposerUtility)
    {
        var lane = -1;
        for (var k = 0; k < Vector512<double>.Count; k++)
        {
            if (double.IsPositiveInfinity(key[k]))
            {
                continue;
            }
            if (lane < 0 || move[k] < move[lane] || (move[k] == move[lane] && key[k] < key[lane]))
            {
                lane = k;
            }
        }
        receiverUtility = lane < 0 ? 0 : eij[lane];
        proposerUtility = lane < 0 ? 0 : eji[lane];
        return lane < 0 ? -1 : (int)key[lane];
    }
}
