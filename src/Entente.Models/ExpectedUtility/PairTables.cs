using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// What both actors of a pair share in a bdm round, computed once a pair rather than once an ordered pair, for the
/// column offer pass (<see cref="BdmOfferColumns"/>):
/// <list type="bullet">
/// <item>the logarithms of the utility bases ½ − ½d and ½ + ½d, d = |x_j − x_i| / Δ, which each actor raises to its own
/// risk exponent (<see cref="UtilityPower.OfLog"/>);</item>
/// <item>the win chances: the votes for i against j are the votes for j against i seen from the other side, the very same
/// sums in the same order, so one pass over the pairs gives both chances (one division each);</item>
/// <item>the edges of the risk pass (<see cref="NeutralDangerColumns"/>), from the same votes.</item>
/// </list>
/// Every number is computed by the operations the offer pass would use for it, so the tables hold its bits.
/// </summary>
internal static class PairTables
{
    /// <summary>
    /// Fills the n × n tables, off the diagonal: <paramref name="lowLogs"/> and <paramref name="highLogs"/> (symmetric) with
    /// <see cref="UtilityPower.LogOf"/> of each pair's bases; <paramref name="chances"/>[j·n + i] with P_ij, receiver i's chance
    /// against proposer j (slots at different positions; the entry of two slots at one position is not an offer and is
    /// left unspecified); <paramref name="edges"/>[i·n + j], for slots i &lt; j at different positions, with the pair's edge
    /// (<see cref="NeutralDanger.Edge"/>). <paramref name="scratch"/> is n × n; <paramref name="weightBelowMid"/> and
    /// <paramref name="momentBelowMid"/> are the round's midpoint tables, of which only the pairs (i, t &gt; i) in row i are read
    /// for what is kept.
    /// </summary>
    public static void Fill(SortedPositions s, double delta, ReadOnlySpan<double> weightBelowMid, ReadOnlySpan<double> momentBelowMid,
        Span<double> lowLogs, Span<double> highLogs, Span<double> chances, Span<double> edges, Span<double> scratch)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        if (n < width || weightBelowMid.Length < n * n || momentBelowMid.Length < n * n || lowLogs.Length < n * n
            || highLogs.Length < n * n || chances.Length < n * n || edges.Length < n * n || scratch.Length < n * n)
        {
            throw new ArgumentException($"tables for {n} slots of at least {width}");
        }
        var spread = Vector512.Create(delta);
        var total = Vector512.Create(s.TotalWeight);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(s.Position);
        ref var startRef = ref MemoryMarshal.GetArrayDataReference(s.WeightBeforeBlock);
        ref var startMomentRef = ref MemoryMarshal.GetArrayDataReference(s.MomentBeforeBlock);
        ref var endRef = ref MemoryMarshal.GetArrayDataReference(s.WeightThroughBlock);
        ref var endMomentRef = ref MemoryMarshal.GetArrayDataReference(s.MomentThroughBlock);
        ref var midRef = ref MemoryMarshal.GetReference(weightBelowMid);
        ref var midMomentRef = ref MemoryMarshal.GetReference(momentBelowMid);
        ref var lowRef = ref MemoryMarshal.GetReference(lowLogs);
        ref var highRef = ref MemoryMarshal.GetReference(highLogs);
        ref var chanceRef = ref MemoryMarshal.GetReference(chances);
        ref var lowerRef = ref MemoryMarshal.GetReference(scratch);
        ref var edgeRef = ref MemoryMarshal.GetReference(edges);
        for (var i = 0; i < n; i++)
        {
            // Slot i against the slots t > i, so x_t ≥ x_i: i is the left end of each pair (a slot and itself make no pair).
            var xi = Vector512.Create(Unsafe.Add(ref xRef, i));
            var upToI = Vector512.Create(Unsafe.Add(ref endRef, i));
            var momentUpToI = Vector512.Create(Unsafe.Add(ref endMomentRef, i));
            // The last vector overlaps the one before, or reaches down to i: the lanes of slots t ≤ i (which read midpoint
            // entries nobody wrote this round) write entries that the mirroring below overwrites, the diagonal's (never read
            // for an offer: a slot's own lane is no offer), or edges nobody reads.
            for (var start = i + 1; start < n; start += width)
            {
                var t = (nuint)Math.Min(start, n - width);
                var xt = Vector512.LoadUnsafe(ref xRef, t);
                var at = (nuint)(i * n) + t;
                Pair(xi, xt, spread, upToI, momentUpToI, Vector512.LoadUnsafe(ref midRef, at), Vector512.LoadUnsafe(ref midMomentRef, at),
                    total, Vector512.LoadUnsafe(ref startRef, t), Vector512.LoadUnsafe(ref startMomentRef, t),
                    out var lowLog, out var highLog, out var rightChance, out var leftChance, out var edge);
                lowLog.StoreUnsafe(ref lowRef, at);
                highLog.StoreUnsafe(ref highRef, at);
                // Receiver t against proposer i: row i of the proposer-major table. Receiver i against proposer t: kept
                // here by receiver, and moved to row t below.
                rightChance.StoreUnsafe(ref chanceRef, at);
                leftChance.StoreUnsafe(ref lowerRef, at);
                edge.StoreUnsafe(ref edgeRef, at);
            }
        }
        for (var i = 0; i < n; i++)
        {
            for (var t = i + 1; t < n; t++)
            {
                var upper = i * n + t;
                var lower = t * n + i;
                Unsafe.Add(ref lowRef, lower) = Unsafe.Add(ref lowRef, upper);
                Unsafe.Add(ref highRef, lower) = Unsafe.Add(ref highRef, upper);
                Unsafe.Add(ref chanceRef, lower) = Unsafe.Add(ref lowerRef, upper);
            }
        }
    }

    /// <summary>
    /// One pair's numbers, eight pairs at a time, slot i at <paramref name="xi"/> left of slot t at <paramref name="xt"/>:
    /// the logarithms of the bases ½ ∓ ½d; the chances of receiver t against proposer i (<paramref name="rightChance"/>)
    /// and of receiver i against proposer t (<paramref name="leftChance"/>), ½ each where nobody votes; and the edge.
    /// <paramref name="upToI"/> and <paramref name="momentUpToI"/> are the sums through i's block, <paramref name="wm"/> and
    /// <paramref name="wxm"/> those below the midpoint, <paramref name="ws"/> and <paramref name="wxs"/> those before t's block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Pair(Vector512<double> xi, Vector512<double> xt, Vector512<double> spread, Vector512<double> upToI,
        Vector512<double> momentUpToI, Vector512<double> wm, Vector512<double> wxm, Vector512<double> total, Vector512<double> ws,
        Vector512<double> wxs, out Vector512<double> lowLog, out Vector512<double> highLog, out Vector512<double> rightChance,
        out Vector512<double> leftChance, out Vector512<double> edge)
    {
        var zero = Vector512<double>.Zero;
        var one = Vector512.Create(1.0);
        var half = Vector512.Create(0.5);
        var d = Vector512.Abs(xt - xi) / spread;
        lowLog = UtilityPower.LogOf(half - half * d);
        highLog = UtilityPower.LogOf(half + half * d);
        // The votes for receiver i against proposer t to its right, and (swapped) for receiver t against proposer i to
        // its left: BdmOfferRow's forIRight and forJRight, and its forJLeft and forILeft, term for term.
        var rightLength = xt - xi;
        var (forI, forT) = NeutralDanger.Votes(xi, xt, rightLength, upToI, momentUpToI, wm, wxm, total, ws, wxs);
        var all = forI + forT;
        var voted = Vector512.GreaterThan(all, zero);
        var divisor = Vector512.ConditionalSelect(voted, all, one);
        rightChance = Vector512.ConditionalSelect(voted, forT / divisor, half);
        leftChance = Vector512.ConditionalSelect(voted, forI / divisor, half);
        // NeutralDanger.Edge's lead of t over i, d·(2P − 1) before the division by Δ: the same votes, the same operations.
        edge = Vector512.ConditionalSelect(voted, rightLength * (forT - forI) / divisor, zero);
    }
}
