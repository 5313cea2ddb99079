using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// <see cref="NeutralDanger"/> from the round's n × n tables of midpoint sums, for the column offer pass. At a few dozen
/// actors most of <see cref="NeutralDanger"/>'s rows are shorter than a vector and go pair by pair, a division each;
/// here every pair's edge (its term of lead, d·(2P − 1) before the division by Δ) is computed first, eight lower slots
/// against each higher slot, by the same operations as <see cref="NeutralDanger"/>'s lanes and scalar loop (which agree
/// bit for bit), and then the edges and lengths are summed in exactly <see cref="NeutralDanger"/>'s order: the same danger.
/// </summary>
internal static class NeutralDangerColumns
{
    /// <summary>
    /// D by sorted slot into <paramref name="danger"/>, from the tables of Σ c·s and Σ c·s·x below each pair's midpoint
    /// (row i for the pairs of slot i, symmetric); <paramref name="lead"/> and <paramref name="reach"/> are scratch of length n,
    /// <paramref name="edges"/> of length n².
    /// </summary>
    public static void Fill(SortedPositions s, double delta, double q, double t, Span<double> lead, Span<double> reach,
        ReadOnlySpan<double> weightBelowMid, ReadOnlySpan<double> momentBelowMid, Span<double> edges, Span<double> danger)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        if (n < width || weightBelowMid.Length < n * n || momentBelowMid.Length < n * n || edges.Length < n * n
            || lead.Length < n || reach.Length < n || danger.Length < n)
        {
            throw new ArgumentException($"tables for {n} slots of at least {width}");
        }
        Edges(s, weightBelowMid, momentBelowMid, edges);
        Sums(s, edges, lead, reach);
        NeutralDanger.Finish(s, delta, q, t, lead, reach, danger);
    }

    /// <summary>
    /// edges[j·n + i] for every slot i below j's block, eight lower slots at a time (the last vector overlapping the one
    /// before, or running past j's block: those lanes write only entries of column j that are never read).
    /// </summary>
    private static void Edges(SortedPositions s, ReadOnlySpan<double> weightBelowMid, ReadOnlySpan<double> momentBelowMid, Span<double> edges)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        var total = Vector512.Create(s.TotalWeight);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(s.Position);
        ref var upToRef = ref MemoryMarshal.GetArrayDataReference(s.WeightThroughBlock);
        ref var momentUpToRef = ref MemoryMarshal.GetArrayDataReference(s.MomentThroughBlock);
        ref var midRef = ref MemoryMarshal.GetReference(weightBelowMid);
        ref var midMomentRef = ref MemoryMarshal.GetReference(momentBelowMid);
        ref var edgeRef = ref MemoryMarshal.GetReference(edges);
        for (var j = 0; j < n; j++)
        {
            var below = s.BlockStart[j];
            if (below == 0)
            {
                continue;
            }
            var xj = Vector512.Create(Unsafe.Add(ref xRef, j));
            var ws = Vector512.Create(s.WeightBeforeBlock[j]);
            var wxs = Vector512.Create(s.MomentBeforeBlock[j]);
            for (var start = 0; start < below; start += width)
            {
                var i0 = (nuint)Math.Min(start, n - width);
                // NeutralDanger's pair (i, j) with i the receiver: its block's sums, then the midpoint's from row j (= row i).
                var xi = Vector512.LoadUnsafe(ref xRef, i0);
                var upToReceiver = Vector512.LoadUnsafe(ref upToRef, i0);
                var momentUpToReceiver = Vector512.LoadUnsafe(ref momentUpToRef, i0);
                var at = (nuint)(j * n) + i0;
                var wm = Vector512.LoadUnsafe(ref midRef, at);
                var wxm = Vector512.LoadUnsafe(ref midMomentRef, at);
                NeutralDanger.Edge(xi, xj, xj - xi, upToReceiver, momentUpToReceiver, wm, wxm, total, ws, wxs).StoreUnsafe(ref edgeRef, at);
            }
        }
    }

    /// <summary>
    /// lead and reach as <see cref="NeutralDanger"/> adds them: row by row, whole chunks of eight in lanes (each lane its
    /// own running sum, the lanes then added lane 0 first), the rest one by one, each pair also taken off its other end.
    /// </summary>
    private static void Sums(SortedPositions s, ReadOnlySpan<double> edges, Span<double> lead, Span<double> reach)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        var x = s.Position;
        lead[..n].Clear();
        reach[..n].Clear();
        Span<double> leads = stackalloc double[Vector512<double>.Count];
        Span<double> reaches = stackalloc double[Vector512<double>.Count];
        for (var i = 0; i < n; i++)
        {
            var xi = x[i];
            var j = s.BlockEnd[i];
            double leadI = 0, reachI = 0;
            if (j + width <= n)
            {
                leads.Clear();
                reaches.Clear();
                for (; j + width <= n; j += width)
                {
                    for (var lane = 0; lane < width; lane++)
                    {
                        var edge = edges[(j + lane) * n + i];
                        var length = x[j + lane] - xi;
                        leads[lane] += edge;
                        reaches[lane] += length;
                        lead[j + lane] -= edge;
                        reach[j + lane] += length;
                    }
                }
                leadI += InLaneOrder(leads);
                reachI += InLaneOrder(reaches);
            }
            for (; j < n; j++)
            {
                var edge = edges[j * n + i];
                var length = x[j] - xi;
                leadI += edge;
                lead[j] -= edge;
                reachI += length;
                reach[j] += length;
            }
            lead[i] += leadI;
            reach[i] += reachI;
        }
    }

    private static double InLaneOrder(ReadOnlySpan<double> lanes)
    {
        double sum = 0;
        foreach (var lane in lanes)
        {
            sum += lane;
        }
        return sum;
    }
}
