using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.Spatial;

/// <summary>
/// Every actor's utility of the state each bargain would bring (its mean over all positions: KTAB's way of
/// keeping every state's value between 0 and 1), computed once per bargain rather than once per queue the
/// bargain sits in. Eight actors share each pass over the positions, each lane adding in the scalar order
/// (the two new positions, then the others by actor), so the values are bit-identical to summing each
/// actor's row on its own.
/// </summary>
internal static class StateUtilities
{
    /// <summary>Each actor's utility of the status quo: the mean of its own utilities of all positions.</summary>
    public static double[] StatusQuo(TurnAnalysis analysis)
    {
        var n = analysis.Count;
        var own = analysis.OwnUtilities;
        var row = new double[n];
        for (var a = 0; a < n; a++)
        {
            double sum = 0;
            for (var x = 0; x < n; x++)
            {
                sum += own[a * n + x];
            }
            row[a] = sum / n;
        }
        return row;
    }

    // Fully optimised from the first call: the loop is hot at once, and unoptimised vector code is slower than scalar.
    /// <summary>Each actor's utility of the state after <paramref name="bargain"/>, at [a].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] After(SpatialActors actors, TurnAnalysis analysis, ProposedBargain bargain)
    {
        var n = analysis.Count;
        var state = analysis.State;
        var moved = new double[n];
        for (var a = 0; a < n; a++)
        {
            var ideal = state.Position(a);
            var risk = analysis.Risk[a];
            moved[a] = SpatialActors.Utility(actors.Distance(a, ideal, bargain.InitiatorPosition), risk)
                + SpatialActors.Utility(actors.Distance(a, ideal, bargain.ReceiverPosition), risk);
        }
        var row = new double[n];
        var width = Vector512<double>.Count;
        // u_a(x) at [x·n + a]: eight actors' utilities of one position are contiguous.
        ref var ownTo = ref analysis.OwnUtilitiesTo[0];
        var a0 = 0;
        for (; LanePlan.Vectorised && a0 + width <= n; a0 += width)
        {
            var sum = Vector512.Create<double>(moved.AsSpan(a0, width));
            for (var x = 0; x < n; x++)
            {
                if (x != bargain.Initiator && x != bargain.Receiver)
                {
                    sum += Vector512.LoadUnsafe(ref ownTo, (nuint)(x * n + a0));
                }
            }
            (sum / Vector512.Create((double)n)).CopyTo(row.AsSpan(a0, width));
        }
        var own = analysis.OwnUtilities;
        for (var a = a0; a < n; a++)
        {
            var sum = moved[a];
            for (var x = 0; x < n; x++)
            {
                if (x != bargain.Initiator && x != bargain.Receiver)
                {
                    sum += own[a * n + x];
                }
            }
            row[a] = sum / n;
        }
        return row;
    }
}
