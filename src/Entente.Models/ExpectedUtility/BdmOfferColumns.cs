using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The whole bdm offer phase of a round (Q = 1, no dyad table) with the lanes running across receivers: eight
/// receivers side by side, each proposer in turn broadcast to all of them. Every lane does what a lane of
/// <see cref="BdmOfferRow"/> does for the same pair, operation for operation, so the utilities have the same bits;
/// what changes is the shape. A receiver's row of <see cref="BdmOfferRow"/> is one or two vectors followed by a
/// horizontal reduction, a single dependent chain (two divisions, two powers, the offer rule) that the core cannot
/// overlap with the next row; here the proposer loop runs n independent iterations per vector, and each lane keeps
/// its own receiver's best offer, so there is no reduction at all. The least movement, ties to the lower input
/// index, is the same lexicographic minimum whichever order the pairs are seen in.
/// </summary>
internal static class BdmOfferColumns
{
    /// <summary>
    /// The most receivers it takes: its two n × n tables of midpoint sums stay within the core's second-level cache
    /// (256 receivers: 1 MiB); beyond, the row-at-a-time pass keeps its rows in the first level and streams nothing.
    /// </summary>
    public const int MostReceivers = 256;

    /// <summary>
    /// For every receiver slot i, the accepted proposer's input index as a double into <paramref name="chosen"/>[i]
    /// (+∞ for none) and E_ij, E_ji for it into <paramref name="receiverUtility"/>[i] and <paramref name="proposerUtility"/>[i].
    /// <paramref name="risk"/> holds the receivers' exponents by slot; <paramref name="keys"/> each slot's input index as a
    /// double; <paramref name="lowLogs"/>, <paramref name="highLogs"/> and <paramref name="chances"/> the round's n × n tables
    /// of <see cref="PairTables"/>: the logarithms of each pair's utility bases and each receiver's chance against each proposer.
    /// </summary>
    public static void ChooseAll(SortedPositions sorted, ReadOnlySpan<double> keys, ReadOnlySpan<double> lowLogs,
        ReadOnlySpan<double> highLogs, ReadOnlySpan<double> chances, ReadOnlySpan<double> risk,
        Span<double> chosen, Span<double> receiverUtility, Span<double> proposerUtility)
    {
        var n = sorted.Count;
        var width = Vector512<double>.Count;
        if (n < width || keys.Length < n || lowLogs.Length < n * n || highLogs.Length < n * n || chances.Length < n * n
            || risk.Length < n || chosen.Length < n || receiverUtility.Length < n || proposerUtility.Length < n)
        {
            throw new ArgumentException($"rows for {n} receivers of at least {width}");
        }
        // The last vector of receivers overlaps the one before it: a receiver seen twice gets the same answer twice.
        for (var start = 0; start < n; start += width)
        {
            Lanes(sorted, Math.Min(start, n - width), keys, lowLogs, highLogs, chances, risk, chosen, receiverUtility, proposerUtility);
        }
    }

    private static void Lanes(SortedPositions sorted, int first, ReadOnlySpan<double> keys, ReadOnlySpan<double> lowLogs,
        ReadOnlySpan<double> highLogs, ReadOnlySpan<double> chances, ReadOnlySpan<double> risk,
        Span<double> chosen, Span<double> receiverUtility, Span<double> proposerUtility)
    {
        var n = sorted.Count;
        var at = (nuint)first;
        var zero = Vector512<double>.Zero;
        var one = Vector512.Create(1.0);
        var half = Vector512.Create(0.5);
        var two = Vector512.Create(2.0);
        var four = Vector512.Create(4.0);

        ref var xRef = ref MemoryMarshal.GetArrayDataReference(sorted.Position);
        ref var sRef = ref MemoryMarshal.GetArrayDataReference(sorted.Salience);
        ref var blockEndRef = ref MemoryMarshal.GetArrayDataReference(sorted.BlockEnd);
        ref var kRef = ref MemoryMarshal.GetReference(keys);
        ref var lowLogRef = ref MemoryMarshal.GetReference(lowLogs);
        ref var highLogRef = ref MemoryMarshal.GetReference(highLogs);
        ref var chanceRef = ref MemoryMarshal.GetReference(chances);

        // The receivers' side: what BdmOfferRow broadcasts once a row is here a vector loaded once for the column.
        var receiver = Vector512.LoadUnsafe(ref xRef, at);
        var receiverSalience = Vector512.LoadUnsafe(ref sRef, at);
        var exponent = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(risk), at);
        // RiskCurve.Of(½, r) in lanes: UtilityPower's lanes give its scalar bits.
        var statusQuo = two - four * UtilityPower.Of(half, exponent);

        var bestMove = Vector512.Create(double.PositiveInfinity);
        var bestKey = bestMove;
        var bestReceiver = zero;
        var bestProposer = zero;

        // Proposers a block at a time: those at one position share the chances and both powers, so all but E_ij (which
        // takes each proposer's salience) is computed once for the block, from its first slot.
        for (var block = 0; block < n;)
        {
            var blockEnd = Unsafe.Add(ref blockEndRef, block);
            var xj = Vector512.Create(At(ref xRef, block));
            // Row t of the tables holds the pairs (t, i) for the receivers i of these lanes.
            var row = (nuint)(block * n) + at;
            // P_ij, and P_ji = 1 − P_ij (½ and ½ when nobody votes: 1 − ½ is ½ exactly).
            var pij = Vector512.LoadUnsafe(ref chanceRef, row);
            var pji = one - pij;
            // The pair's bases ½ ∓ ½·|x_j − x_i|/Δ, their logarithms taken once for both of its actors.
            var (gain, stake) = BdmOfferLanes.Stakes(Vector512.LoadUnsafe(ref lowLogRef, row), Vector512.LoadUnsafe(ref highLogRef, row), exponent, statusQuo);
            var eji = gain - receiverSalience * pij * stake;
            var elsewhere = ~Vector512.Equals(xj, receiver);

            for (var t = block; t < blockEnd; t++)
            {
                var sj = Vector512.Create(At(ref sRef, t));
                var eij = gain - sj * pji * stake;

                var offer = BdmOfferLanes.Offer(eij, eji, receiver, xj, elsewhere, out var position);
                var move = Vector512.Abs(position - receiver);
                var key = Vector512.Create(At(ref kRef, t));
                var better = BdmOfferLanes.Better(offer, move, key, bestMove, bestKey);
                bestMove = Vector512.ConditionalSelect(better, move, bestMove);
                bestKey = Vector512.ConditionalSelect(better, key, bestKey);
                bestReceiver = Vector512.ConditionalSelect(better, eij, bestReceiver);
                bestProposer = Vector512.ConditionalSelect(better, eji, bestProposer);
            }
            block = blockEnd;
        }

        bestKey.StoreUnsafe(ref MemoryMarshal.GetReference(chosen), at);
        bestReceiver.StoreUnsafe(ref MemoryMarshal.GetReference(receiverUtility), at);
        bestProposer.StoreUnsafe(ref MemoryMarshal.GetReference(proposerUtility), at);
    }

    private static double At(ref double origin, int index) => Unsafe.Add(ref origin, index);
}
