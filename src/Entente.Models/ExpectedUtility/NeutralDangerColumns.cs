using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// <see cref="NeutralDanger"/> from the round's table of edges (<see cref="PairTables"/>), for the column offer pass. At a
/// few dozen actors most of <see cref="NeutralDanger"/>'s rows are shorter than a vector and go pair by pair, a division
/// each; here every pair's edge (its term of lead, d·(2P − 1) before the division by Δ) comes from the pass over the pairs
/// that also gives the offer pass its chances, by the same operations as <see cref="NeutralDanger"/>'s lanes and scalar loop
/// (which agree bit for bit), and the edges and lengths are summed in exactly <see cref="NeutralDanger"/>'s order: the same
/// danger.
/// </summary>
internal static class NeutralDangerColumns
{
    /// <summary>
    /// D by sorted slot into <paramref name="danger"/>, from <paramref name="edges"/>[i·n + j], the edge of each slot i and
    /// slot j beyond i's block; <paramref name="lead"/> and <paramref name="reach"/> are scratch of length n.
    /// </summary>
    public static void Fill(SortedPositions s, double delta, double q, double t, Span<double> lead, Span<double> reach,
        ReadOnlySpan<double> edges, Span<double> danger)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        if (n < width || edges.Length < n * n || lead.Length < n || reach.Length < n || danger.Length < n)
        {
            throw new ArgumentException($"tables for {n} slots of at least {width}");
        }
        Sums(s, edges, lead, reach);
        NeutralDanger.Finish(s, delta, q, t, lead, reach, danger);
    }

    /// <summary>
    /// lead and reach as <see cref="NeutralDanger"/> adds them: row by row, whole chunks of eight in lanes (each lane its
    /// own running sum, the lanes then added lane 0 first), the rest one by one, each pair also taken off its other end.
    /// </summary>
    private static void Sums(SortedPositions s, ReadOnlySpan<double> edges, Span<double> lead, Span<double> reach)
    {
        var n = s.Count;
        var width = Vector512<double>.Count;
        lead[..n].Clear();
        reach[..n].Clear();
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(s.Position);
        ref var edgeRef = ref MemoryMarshal.GetReference(edges);
        ref var leadRef = ref MemoryMarshal.GetReference(lead);
        ref var reachRef = ref MemoryMarshal.GetReference(reach);
        for (var i = 0; i < n; i++)
        {
            var xi = Unsafe.Add(ref xRef, i);
            var j = s.BlockEnd[i];
            var row = i * n;
            double leadI = 0, reachI = 0;
            if (j + width <= n)
            {
                var origin = Vector512.Create(xi);
                var leads = Vector512<double>.Zero;
                var reaches = Vector512<double>.Zero;
                for (; j + width <= n; j += width)
                {
                    var at = (nuint)j;
                    var edge = Vector512.LoadUnsafe(ref edgeRef, (nuint)(row + j));
                    var length = Vector512.LoadUnsafe(ref xRef, at) - origin;
                    leads += edge;
                    reaches += length;
                    (Vector512.LoadUnsafe(ref leadRef, at) - edge).StoreUnsafe(ref leadRef, at);
                    (Vector512.LoadUnsafe(ref reachRef, at) + length).StoreUnsafe(ref reachRef, at);
                }
                leadI += InLaneOrder(leads);
                reachI += InLaneOrder(reaches);
            }
            for (; j < n; j++)
            {
                var edge = Unsafe.Add(ref edgeRef, row + j);
                var length = Unsafe.Add(ref xRef, j) - xi;
                leadI += edge;
                Unsafe.Add(ref leadRef, j) -= edge;
                reachI += length;
                Unsafe.Add(ref reachRef, j) += length;
            }
            Unsafe.Add(ref leadRef, i) += leadI;
            Unsafe.Add(ref reachRef, i) += reachI;
        }
    }

    private static double InLaneOrder(Vector512<double> lanes)
    {
        double sum = 0;
        for (var k = 0; k < Vector512<double>.Count; k++)
        {
            sum += lanes.GetElement(k);
        }
        return sum;
    }
}
