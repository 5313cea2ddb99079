using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// For one receiver x_i and a run of proposer slots t, the slot of the midpoint m = (x_i + x_t)/2 among the
/// sorted positions: the number of positions below m. The midpoints rise with t, so a pointer that only moves
/// forward finds them all in O(n); but each step waits on the load and compare of the step before, so one
/// pointer is latency-bound. Four pointers walk four quarters of the run side by side, each started by a
/// binary search, and the core overlaps their chains.
/// </summary>
internal static class MidpointSweep
{
    private const int Chains = 4;

    /// <summary>
    /// <paramref name="mids"/>[t] for t in [<paramref name="from"/>, <paramref name="to"/>), from the fenced
    /// positions (<see cref="SortedPositions.Fence"/>: slot k at k + 1 between −∞ and +∞).
    /// </summary>
    public static void Fill(double[] fence, double xi, int from, int to, Span<int> mids)
    {
        var length = to - from;
        if (length <= 0)
        {
            return;
        }
        ref var slot = ref MemoryMarshal.GetArrayDataReference(fence);
        ref var mid = ref MemoryMarshal.GetReference(mids);
        var n = fence.Length - 2;
        var quarter = (length + Chains - 1) / Chains;
        // Chains 0-2 take a full quarter each; the last takes what is left (maybe nothing).
        int s0 = from, s1 = Math.Min(to, from + quarter), s2 = Math.Min(to, from + 2 * quarter), s3 = Math.Min(to, from + 3 * quarter);
        var m0 = LowerBound(fence, n, 0.5 * (xi + Unsafe.Add(ref slot, s0 + 1)));
        var m1 = LowerBound(fence, n, 0.5 * (xi + Unsafe.Add(ref slot, Math.Min(s1, n - 1) + 1)));
        var m2 = LowerBound(fence, n, 0.5 * (xi + Unsafe.Add(ref slot, Math.Min(s2, n - 1) + 1)));
        var m3 = LowerBound(fence, n, 0.5 * (xi + Unsafe.Add(ref slot, Math.Min(s3, n - 1) + 1)));
        var common = to - s3;
        unchecked
        {
            for (var k = 0; k < common; k++)
            {
                m0 = Step(ref slot, m0, 0.5 * (xi + Unsafe.Add(ref slot, s0 + k + 1)));
                m1 = Step(ref slot, m1, 0.5 * (xi + Unsafe.Add(ref slot, s1 + k + 1)));
                m2 = Step(ref slot, m2, 0.5 * (xi + Unsafe.Add(ref slot, s2 + k + 1)));
                m3 = Step(ref slot, m3, 0.5 * (xi + Unsafe.Add(ref slot, s3 + k + 1)));
                Unsafe.Add(ref mid, s0 + k) = m0;
                Unsafe.Add(ref mid, s1 + k) = m1;
                Unsafe.Add(ref mid, s2 + k) = m2;
                Unsafe.Add(ref mid, s3 + k) = m3;
            }
            for (var k = common; k < quarter; k++)
            {
                m0 = Step(ref slot, m0, 0.5 * (xi + Unsafe.Add(ref slot, s0 + k + 1)));
                Unsafe.Add(ref mid, s0 + k) = m0;
                if (s1 + k < s2)
                {
                    m1 = Step(ref slot, m1, 0.5 * (xi + Unsafe.Add(ref slot, s1 + k + 1)));
                    Unsafe.Add(ref mid, s1 + k) = m1;
                }
                if (s2 + k < s3)
                {
                    m2 = Step(ref slot, m2, 0.5 * (xi + Unsafe.Add(ref slot, s2 + k + 1)));
                    Unsafe.Add(ref mid, s2 + k) = m2;
                }
            }
        }
    }

    /// <summary>
    /// Brings a whole row of midpoint slots from an earlier receiver to one at <paramref name="xi"/> no lower:
    /// every midpoint rises by half the step between the receivers, usually across no position or one. Each
    /// slot moves on its own, so unlike the sweep along a row there is no chain from one step to the next.
    /// </summary>
    public static void Advance(double[] fence, double xi, ReadOnlySpan<double> positions, Span<int> mids)
    {
        ref var slot = ref MemoryMarshal.GetArrayDataReference(fence);
        ref var mid = ref MemoryMarshal.GetReference(mids);
        ref var x = ref MemoryMarshal.GetReference(positions);
        unchecked
        {
            for (var t = 0; t < positions.Length; t++)
            {
                ref var m = ref Unsafe.Add(ref mid, t);
                m = Step(ref slot, m, 0.5 * (xi + Unsafe.Add(ref x, t)));
            }
        }
    }

    /// <summary>
    /// <see cref="Advance(double[], double, ReadOnlySpan{double}, Span{int})"/>, also reading Σ c·s and Σ c·s·x below each
    /// new midpoint slot from <paramref name="weightBefore"/> and <paramref name="momentBefore"/> while the slot is at hand.
    /// </summary>
    public static void Advance(double[] fence, double xi, ReadOnlySpan<double> positions, Span<int> mids,
        double[] weightBefore, double[] momentBefore, Span<double> weightBelow, Span<double> momentBelow)
    {
        ref var slot = ref MemoryMarshal.GetArrayDataReference(fence);
        ref var mid = ref MemoryMarshal.GetReference(mids);
        ref var x = ref MemoryMarshal.GetReference(positions);
        ref var w = ref MemoryMarshal.GetArrayDataReference(weightBefore);
        ref var wx = ref MemoryMarshal.GetArrayDataReference(momentBefore);
        ref var below = ref MemoryMarshal.GetReference(weightBelow);
        ref var momentBelowRef = ref MemoryMarshal.GetReference(momentBelow);
        unchecked
        {
            for (var t = 0; t < positions.Length; t++)
            {
                var m = Step(ref slot, Unsafe.Add(ref mid, t), 0.5 * (xi + Unsafe.Add(ref x, t)));
                Unsafe.Add(ref mid, t) = m;
                Unsafe.Add(ref below, t) = Unsafe.Add(ref w, m);
                Unsafe.Add(ref momentBelowRef, t) = Unsafe.Add(ref wx, m);
            }
        }
    }

    /// <summary>
    /// Moves the pointer up to the first slot not below <paramref name="m"/>. The first crossing, taken about
    /// half the time, is done without a branch (a coin-flip branch mispredicts); the loop is for the rare steps
    /// that cross several positions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref double slot, int mid, double m)
    {
        unchecked
        {
            mid += Unsafe.Add(ref slot, mid + 1) < m ? 1 : 0;
            while (Unsafe.Add(ref slot, mid + 1) < m)
            {
                mid++;
            }
        }
        return mid;
    }

    /// <summary>The number of positions below <paramref name="m"/>.</summary>
    private static int LowerBound(double[] fence, int n, double m)
    {
        int low = 0, high = n;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (fence[middle + 1] < m)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
