using System.Runtime.Intrinsics;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The start-of-round positions sorted (by position, then input order), with the prefix sums of the
/// vote weights c·s and c·s·x that make the bdm probability O(1) per pair, and the round's forecast μ.
/// Arrays are allocated once per issue and refilled every round.
/// </summary>
internal sealed class SortedPositions
{
    public SortedPositions(int count)
    {
        Order = new int[count];
        SlotOf = new int[count];
        Position = new double[count];
        Weight = new double[count];
        Salience = new double[count];
        BlockStart = new int[count];
        BlockEnd = new int[count];
        MedianGap = new double[count];
        WeightBefore = new double[count + 1];
        MomentBefore = new double[count + 1];
        Fence = new double[count + 2];
        WeightBeforeBlock = new double[count];
        MomentBeforeBlock = new double[count];
        WeightThroughBlock = new double[count];
        MomentThroughBlock = new double[count];
    }

    public int Count => Order.Length;

    /// <summary>Input index of the actor in each sorted slot.</summary>
    public int[] Order { get; }

    /// <summary>Sorted slot of each actor, by input index.</summary>
    public int[] SlotOf { get; }

    public double[] Position { get; }

    public double[] Weight { get; }

    public double[] Salience { get; }

    /// <summary>First slot holding the same position as this slot.</summary>
    public int[] BlockStart { get; }

    /// <summary>One past the last slot holding the same position as this slot.</summary>
    public int[] BlockEnd { get; }

    /// <summary>|x − μ| / Δ per slot: how far each position is from the current forecast.</summary>
    public double[] MedianGap { get; }

    /// <summary>
    /// The sorted positions between −∞ and +∞ (slot t at index t + 1), so that the probability sweeps can
    /// step their midpoint pointer without testing for the ends of the row.
    /// </summary>
    public double[] Fence { get; }

    /// <summary>
    /// Σ c·s and Σ c·s·x before each slot's block and through its end, so that the vectorised offer pass
    /// reads a proposer's side of the vote from the slot itself, without the block's bounds.
    /// </summary>
    public double[] WeightBeforeBlock { get; }

    /// <inheritdoc cref="WeightBeforeBlock"/>
    public double[] MomentBeforeBlock { get; }

    /// <inheritdoc cref="WeightBeforeBlock"/>
    public double[] WeightThroughBlock { get; }

    /// <inheritdoc cref="WeightBeforeBlock"/>
    public double[] MomentThroughBlock { get; }

    /// <summary>Σ c·s over the slots before each index.</summary>
    public double[] WeightBefore { get; }

    /// <summary>Σ c·s·x over the slots before each index.</summary>
    public double[] MomentBefore { get; }

    public double TotalWeight { get; private set; }

    /// <summary>μ, the weighted median of the positions.</summary>
    public double Median { get; private set; }

    public void Fill(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> weights, double delta)
    {
        var n = Count;
        if (_ordered && Plain(positions))
        {
            SortFromLastOrder(positions);
        }
        else
        {
            SortAfresh(positions);
        }
        _ordered = true;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && Position[end] == Position[start])
            {
                end++;
            }
            for (var t = start; t < end; t++)
            {
                BlockStart[t] = start;
                BlockEnd[t] = end;
            }
            start = end;
        }
        Fence[0] = double.NegativeInfinity;
        Position.CopyTo(Fence, 1);
        Fence[n + 1] = double.PositiveInfinity;
        FillWeights(positions, saliences, weights, delta);
    }

    // Whether Order holds a permutation of the slots (from an earlier fill), to start the next sort from.
    private bool _ordered;

    // The sorted order is by position, then input index: a total order, so any correct sort gives the same slots.
    private void SortAfresh(ReadOnlySpan<double> positions)
    {
        var n = Count;
        for (var i = 0; i < n; i++)
        {
            Order[i] = i;
            Position[i] = positions[i];
        }
        Array.Sort(Position, Order);
        // Array.Sort is not stable; equal positions are put back in input order so that every pass
        // over the slots (and the median's cumulative sum) is the same whatever the sort did.
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && Position[end] == Position[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(Order, start, end - start);
            }
            start = end;
        }
    }

    /// <summary>
    /// The same order by insertion from the last fill's: positions move a little from round to round, so the order is
    /// nearly sorted already and takes a few steps, not the full sort and its put-back of ties.
    /// </summary>
    private void SortFromLastOrder(ReadOnlySpan<double> positions)
    {
        SortFrom(positions, Order);
        for (var t = 0; t < Count; t++)
        {
            Position[t] = positions[Order[t]];
        }
    }

    /// <summary>
    /// Sorts <paramref name="order"/> (any permutation of the actors) by position, then input index, by insertion: the
    /// order a fresh sort gives where the positions are <see cref="Plain"/>.
    /// </summary>
    internal static void SortFrom(ReadOnlySpan<double> positions, Span<int> order)
    {
        var n = order.Length;
        for (var k = 1; k < n; k++)
        {
            var actor = order[k];
            var x = positions[actor];
            var j = k - 1;
            while (j >= 0)
            {
                var other = order[j];
                var y = positions[other];
                if (y < x || (y == x && other < actor))
                {
                    break;
                }
                order[j + 1] = other;
                j--;
            }
            order[j + 1] = actor;
        }
    }

    /// <summary>
    /// Positions both sorts order alike: no NaN (Array.Sort puts it first, where comparisons do not), and no −0 (which
    /// Array.Sort ties with +0, leaving either sign in a tied slot where the insertion reads each actor's own).
    /// </summary>
    internal static bool Plain(ReadOnlySpan<double> positions)
    {
        foreach (var x in positions)
        {
            if (double.IsNaN(x) || (x == 0 && double.IsNegative(x)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Fills this from <paramref name="sameOrder"/>, which holds the same positions, with other saliences and vote
    /// weights: the order, blocks and fence are copied rather than sorted again (a receiver's own view of the round).
    /// </summary>
    public void FillReweighted(SortedPositions sameOrder, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> weights, double delta)
    {
        sameOrder.Order.CopyTo(Order, 0);
        _ordered = sameOrder._ordered;
        sameOrder.SlotOf.CopyTo(SlotOf, 0);
        sameOrder.Position.CopyTo(Position, 0);
        sameOrder.BlockStart.CopyTo(BlockStart, 0);
        sameOrder.BlockEnd.CopyTo(BlockEnd, 0);
        sameOrder.Fence.CopyTo(Fence, 0);
        FillWeights(positions, saliences, weights, delta);
    }

    // Everything that depends on the weights, once the order is known.
    private void FillWeights(ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> weights, double delta)
    {
        var n = Count;
        double total = 0, moment = 0;
        for (var t = 0; t < n; t++)
        {
            var actor = Order[t];
            SlotOf[actor] = t;
            Weight[t] = weights[actor];
            Salience[t] = saliences[actor];
            WeightBefore[t] = total;
            MomentBefore[t] = moment;
            total += Weight[t];
            moment += Weight[t] * Position[t];
        }
        WeightBefore[n] = total;
        MomentBefore[n] = moment;
        TotalWeight = total;
        for (var t = 0; t < n; t++)
        {
            WeightBeforeBlock[t] = WeightBefore[BlockStart[t]];
            MomentBeforeBlock[t] = MomentBefore[BlockStart[t]];
            WeightThroughBlock[t] = WeightBefore[BlockEnd[t]];
            MomentThroughBlock[t] = MomentBefore[BlockEnd[t]];
        }

        Median = ForecastStatistics.MedianOfSorted(Position, Weight, weights);
        var from = 0;
        var width = Vector512<double>.Count;
        if (Vector512.IsHardwareAccelerated && n >= width)
        {
            // Eight at a time, each lane by the operations of the loop below (the last vector overlaps the one before).
            var median = Vector512.Create(Median);
            var spread = Vector512.Create(delta);
            for (var start = 0; start < n; start += width)
            {
                var at = Math.Min(start, n - width);
                (Vector512.Abs(Vector512.Create(Position.AsSpan(at, width)) - median) / spread).CopyTo(MedianGap.AsSpan(at, width));
            }
            from = n;
        }
        for (var t = from; t < n; t++)
        {
            MedianGap[t] = Math.Abs(Position[t] - Median) / delta;
        }
    }
}
