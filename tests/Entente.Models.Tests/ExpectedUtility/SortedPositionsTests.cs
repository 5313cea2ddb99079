using CsCheck;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// A round's sort starts from the last round's order: whatever came before, it gives the slots, blocks, positions and
/// sums a fresh sort gives (by position, then input index), bit for bit, on positions with ties, zeros, −0 and NaN.
/// </summary>
public sealed class SortedPositionsTests
{
    private static readonly Gen<double> Position = Gen.OneOf(
        Gen.Int[0, 6].Select(i => i * 1.0),
        Gen.Double[-5, 5],
        Gen.OneOf<double>(0.0, -0.0, double.NaN, double.PositiveInfinity, 1e-300));

    [Fact]
    public void A_fill_after_others_sorts_as_a_fresh_one()
    {
        Gen.Int[1, 40].SelectMany(n => Gen.Select(Position.Array[n].Array[1, 6], Gen.Double[0.05, 1].Array[n])).Sample(rounds =>
        {
            var (positionsByRound, weights) = rounds;
            var n = weights.Length;
            var reused = new SortedPositions(n);
            foreach (var positions in positionsByRound)
            {
                reused.Fill(positions, weights, weights, 10);
                var fresh = new SortedPositions(n);
                fresh.Fill(positions, weights, weights, 10);
                Assert.Equal(fresh.Order, reused.Order);
                Assert.Equal(fresh.SlotOf, reused.SlotOf);
                Assert.Equal(fresh.BlockStart, reused.BlockStart);
                Assert.Equal(fresh.BlockEnd, reused.BlockEnd);
                Assert.Equal(Bits(fresh.Position), Bits(reused.Position));
                Assert.Equal(Bits(fresh.Fence), Bits(reused.Fence));
                Assert.Equal(Bits(fresh.WeightBefore), Bits(reused.WeightBefore));
                Assert.Equal(Bits(fresh.MomentBefore), Bits(reused.MomentBefore));
                Assert.Equal(Bits(fresh.MedianGap), Bits(reused.MedianGap));
                Assert.Equal(BitConverter.DoubleToInt64Bits(fresh.Median), BitConverter.DoubleToInt64Bits(reused.Median));
            }
        }, iter: 3000);
    }

    [Fact]
    public void Slots_are_by_position_then_input_index()
    {
        var sorted = new SortedPositions(5);
        double[] weights = [1, 1, 1, 1, 1];
        sorted.Fill([3, 1, 3, 0, 1], weights, weights, 3);
        sorted.Fill([2, 1, 2, 5, 1], weights, weights, 3);

        Assert.Equal([1, 4, 0, 2, 3], sorted.Order);
        Assert.Equal([1.0, 1, 2, 2, 5], sorted.Position);
        Assert.Equal([0, 0, 2, 2, 4], sorted.BlockStart);
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
