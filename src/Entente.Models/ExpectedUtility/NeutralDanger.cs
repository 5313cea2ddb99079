using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm danger D_i of every actor in the risk-neutral (r = 1) state, from sorted positions and prefix sums.
/// At r = 1 the utilities are linear in d (U_s = 2d, U_f = −2d, U_sq = 0, U_b = −U_w = g_j + d), so
///
///     E^i(U_ji) = 2d·s_i·(2P_ji − 1) + 2d·(1 − s_i) − (1 − Q)(2T − 1)(g_j + d),
///
/// and 2P_ji − 1 = −(2P_ij − 1): one unordered pair gives both actors' terms. A risk pass then costs one
/// probability per unordered pair and no power at all, half of what a row-by-row pass does.
/// </summary>
internal static class NeutralDanger
{
    /// <summary>
    /// D by sorted slot into <paramref name="danger"/>; <paramref name="lead"/>, <paramref name="reach"/>,
    /// <paramref name="mids"/>, <paramref name="weightBelowMid"/> and <paramref name="momentBelowMid"/> are scratch of length n.
    /// </summary>
    public static void Fill(SortedPositions s, double delta, double q, double t, Span<double> lead, Span<double> reach, Span<int> mids,
        Span<double> weightBelowMid, Span<double> momentBelowMid, Span<double> danger)
    {
        var x = s.Position.AsSpan();
        var n = x.Length;
        lead.Clear();
        reach.Clear();

        // lead_i = Σ_j d_ij (2P_ji − 1) and reach_i = Σ_j d_ij; pairs inside a block have d = 0 and add nothing.
        for (var i = 0; i < n; i++)
        {
            var xi = x[i];
            var afterLast = s.BlockEnd[i];
            // Only the slots beyond i are read from here on, so only they are carried forward.
            if (i == 0)
            {
                // A fresh sweep, and nothing below the midpoints yet: Advance from here adds nothing but the sums.
                MidpointSweep.Fill(s.Fence, xi, 0, n, mids);
            }
            MidpointSweep.Advance(s.Fence, xi, x[afterLast..], mids[afterLast..], s.WeightBefore, s.MomentBefore,
                weightBelowMid[afterLast..], momentBelowMid[afterLast..]);
            Pairs(s, i, weightBelowMid, momentBelowMid, lead, reach);
        }

        Finish(s, delta, q, t, lead, reach, danger);
    }

    /// <summary>
    /// Slot i's pairs with the slots beyond its block, into lead and reach; <paramref name="weightBelowMid"/>[j] and
    /// <paramref name="momentBelowMid"/>[j] are the sums below the midpoint of i and j.
    /// </summary>
    private static void Pairs(SortedPositions s, int i, ReadOnlySpan<double> weightBelowMid, ReadOnlySpan<double> momentBelowMid,
        Span<double> lead, Span<double> reach)
    {
        var x = s.Position.AsSpan();
        var w = s.WeightBefore.AsSpan();
        var wx = s.MomentBefore.AsSpan();
        var total = s.TotalWeight;
        var n = x.Length;
        var xi = x[i];
        var afterLast = s.BlockEnd[i];
        double leadI = 0, reachI = 0;
        var j = afterLast;
        if (Vector512.IsHardwareAccelerated)
        {
            j = Lanes(s, i, weightBelowMid, momentBelowMid, lead, reach, ref leadI, ref reachI);
        }
        // The same sums as SortedBdmProbability's right-hand side: j beyond i (and the lanes' tail).
        for (; j < n; j++)
        {
            var xj = x[j];
            var length = xj - xi;
            var m = 0.5 * (xi + xj);
            var wm = weightBelowMid[j];
            var wxm = momentBelowMid[j];
            var j0 = s.BlockStart[j];
            var forI = Math.Max(0, length * w[afterLast] + 2 * (m * (wm - w[afterLast]) - (wxm - wx[afterLast])));
            var forJ = Math.Max(0, length * (total - w[j0]) + 2 * ((wx[j0] - wxm) - m * (w[j0] - wm)));
            var all = forI + forJ;
            // Sums are of |x_i − x_j| and divided by Δ once at the end: one division per pair, not two.
            // With no votes either way both probabilities are ½ and the pair adds no lead to either side.
            var edge = all > 0 ? length * (forJ - forI) / all : 0;
            leadI += edge;
            lead[j] -= edge;
            reachI += length;
            reach[j] += length;
        }
        lead[i] += leadI;
        reach[i] += reachI;
    }

    /// <summary>
    /// The scalar loop's edge of pair (i, j), eight pairs at a time, term for term: the receiver's sums up to its
    /// block, the midpoint's, the proposer's block's and the total; 0 where no one votes either way.
    /// </summary>
    internal static Vector512<double> Edge(Vector512<double> xi, Vector512<double> xj, Vector512<double> length,
        Vector512<double> upToReceiver, Vector512<double> momentUpToReceiver, Vector512<double> wm, Vector512<double> wxm,
        Vector512<double> total, Vector512<double> ws, Vector512<double> wxs)
    {
        var zero = Vector512<double>.Zero;
        var (forI, forJ) = Votes(xi, xj, length, upToReceiver, momentUpToReceiver, wm, wxm, total, ws, wxs);
        var all = forI + forJ;
        var voted = Vector512.GreaterThan(all, zero);
        return Vector512.ConditionalSelect(voted, length * (forJ - forI) / Vector512.ConditionalSelect(voted, all, Vector512.Create(1.0)), zero);
    }

    /// <summary>
    /// The votes for i and for j of a pair with j to the right of i (<paramref name="length"/> = x_j − x_i &gt; 0), eight
    /// pairs at a time, as the scalar loop adds them: i's sums up to its block, the midpoint's, j's block's and the total.
    /// The votes of the pair seen from j (j the receiver, i the proposer to its left) are these two, swapped: the same sums.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Vector512<double> ForI, Vector512<double> ForJ) Votes(Vector512<double> xi, Vector512<double> xj, Vector512<double> length,
        Vector512<double> upToI, Vector512<double> momentUpToI, Vector512<double> wm, Vector512<double> wxm,
        Vector512<double> total, Vector512<double> ws, Vector512<double> wxs)
    {
        var zero = Vector512<double>.Zero;
        var two = Vector512.Create(2.0);
        var m = Vector512.Create(0.5) * (xi + xj);
        var forI = Vector512.Max(zero, length * upToI + two * (m * (wm - upToI) - (wxm - momentUpToI)));
        var forJ = Vector512.Max(zero, length * (total - ws) + two * ((wxs - wxm) - m * (ws - wm)));
        return (forI, forJ);
    }

    /// <summary>
    /// The pair loop eight proposers at a time, term for term as the scalar loop; returns the first slot it
    /// left to the scalar loop. The proposer-side sums come from the slot arrays, the midpoint's from the scratch.
    /// </summary>
    private static int Lanes(SortedPositions s, int i, ReadOnlySpan<double> weightBelowMid, ReadOnlySpan<double> momentBelowMid,
        Span<double> lead, Span<double> reach, ref double leadI, ref double reachI)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        var afterLast = s.BlockEnd[i];
        var xi = Vector512.Create(s.Position[i]);
        var zero = Vector512<double>.Zero;
        var total = Vector512.Create(s.TotalWeight);
        var upToReceiver = Vector512.Create(s.WeightBefore[afterLast]);
        var momentUpToReceiver = Vector512.Create(s.MomentBefore[afterLast]);
        var leads = zero;
        var reaches = zero;
        var j = afterLast;
        for (; j + width <= n; j += width)
        {
            var xj = Vector512.Create(s.Position.AsSpan(j, width));
            var wm = Vector512.Create(weightBelowMid.Slice(j, width));
            var wxm = Vector512.Create(momentBelowMid.Slice(j, width));
            var ws = Vector512.Create(s.WeightBeforeBlock.AsSpan(j, width));
            var wxs = Vector512.Create(s.MomentBeforeBlock.AsSpan(j, width));
            var length = xj - xi;
            var edge = Edge(xi, xj, length, upToReceiver, momentUpToReceiver, wm, wxm, total, ws, wxs);
            leads += edge;
            reaches += length;
            (Vector512.Create(lead.Slice(j, width)) - edge).CopyTo(lead.Slice(j, width));
            (Vector512.Create(reach.Slice(j, width)) + length).CopyTo(reach.Slice(j, width));
        }
        leadI += InLaneOrder(leads);
        reachI += InLaneOrder(reaches);
        return j;
    }

    /// <summary>The lanes added lane 0 first: Vector512.Sum leaves the order to the JIT, and so the last bits.</summary>
    private static double InLaneOrder(Vector512<double> lanes)
    {
        double sum = 0;
        for (var k = 0; k < Vector512<double>.Count; k++)
        {
            sum += lanes.GetElement(k);
        }
        return sum;
    }

    /// <summary>D_i from lead_i and reach_i (sums of |x_i − x_j|, not yet divided by Δ) and the gaps to μ.</summary>
    internal static void Finish(SortedPositions s, double delta, double q, double t, Span<double> lead, Span<double> reach, Span<double> danger)
    {
        var n = s.Count;
        double gaps = 0;
        for (var i = 0; i < n; i++)
        {
            gaps += s.MedianGap[i];
        }
        var statusQuo = (1 - q) * (2 * t - 1);
        var from = 0;
        var width = Vector512<double>.Count;
        if (Vector512.IsHardwareAccelerated && n >= width)
        {
            // Eight slots at a time, each lane by the operations of the loop below (the last vector overlaps the one before).
            var two = Vector512.Create(2.0);
            var one = Vector512.Create(1.0);
            var spread = Vector512.Create(delta);
            var sum = Vector512.Create(gaps);
            var quo = Vector512.Create(statusQuo);
            for (var start = 0; start < n; start += width)
            {
                var at = Math.Min(start, n - width);
                var si = Vector512.Create(s.Salience.AsSpan(at, width));
                var leadI = Vector512.Create(lead.Slice(at, width)) / spread;
                var reachI = Vector512.Create(reach.Slice(at, width)) / spread;
                var gap = Vector512.Create(s.MedianGap.AsSpan(at, width));
                (two * si * leadI + two * (one - si) * reachI - quo * (sum - gap + reachI)).CopyTo(danger.Slice(at, width));
            }
            from = n;
        }
        for (var i = from; i < n; i++)
        {
            var si = s.Salience[i];
            var leadI = lead[i] / delta;
            var reachI = reach[i] / delta;
            danger[i] = 2 * si * leadI + 2 * (1 - si) * reachI - statusQuo * (gaps - s.MedianGap[i] + reachI);
        }
    }
}
