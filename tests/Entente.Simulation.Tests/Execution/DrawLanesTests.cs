using System.Runtime.Intrinsics;
using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

/// <summary>The lanes give the scalar draws' bits: the normal draws of streams, the quantile to its far tails, e^x to its ends.</summary>
public sealed class DrawLanesTests
{
    [Fact]
    public void Normal_draws_in_lanes_are_the_scalar_draws()
    {
        var random = new Random(2026);
        for (var round = 0; round < 4000; round++)
        {
            var key = RandomStream.TrialKey((ulong)random.NextInt64(), (ulong)random.NextInt64());
            var streams = new ulong[1 + random.Next(40)];
            for (var i = 0; i < streams.Length; i++)
            {
                streams[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            }
            var draws = new double[streams.Length];
            DrawLanes.Gaussians(streams, key, draws, new double[streams.Length], new int[streams.Length]);
            for (var i = 0; i < streams.Length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(RandomStream.Gaussian(streams[i], key, 0)), BitConverter.DoubleToInt64Bits(draws[i]));
            }
        }
    }

    [Fact]
    public void The_quantile_in_lanes_is_the_scalar_one_to_the_far_tails()
    {
        if (!DrawLanes.Accelerated)
        {
            return;
        }
        var random = new Random(7);
        // Every open uniform a draw can be is (m + ½)/2^52: the ends, the tails' switch near e^-25, the centre's edges.
        var mantissas = new List<ulong> { 0, 1, 2, 3, 100, 1UL << 20, (1UL << 52) - 1, (1UL << 52) - 2, 1UL << 51, (1UL << 51) - 1 };
        for (var k = 0; k < 200_000; k++)
        {
            mantissas.Add(random.Next(3) switch
            {
                0 => (ulong)random.NextInt64(1L << 52),
                1 => (ulong)(Math.Pow(2, 52 * random.NextDouble())),
                _ => (1UL << 52) - 1 - (ulong)Math.Pow(2, 52 * random.NextDouble()),
            });
        }
        var width = Vector512<double>.Count;
        for (var start = 0; start + width <= mantissas.Count; start += width)
        {
            var p = new double[width];
            for (var lane = 0; lane < width; lane++)
            {
                p[lane] = (mantissas[start + lane] + 0.5) * (1.0 / (1UL << 52));
            }
            var lanes = DrawLanes.Quantile(Vector512.Create(p));
            for (var lane = 0; lane < width; lane++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(InverseNormal.Quantile(p[lane])), BitConverter.DoubleToInt64Bits(lanes[lane]));
            }
        }
    }

    [Fact]
    public void Exp_in_lanes_is_the_scalar_one_to_its_ends()
    {
        var random = new Random(11);
        var arguments = new List<double>
        {
            0, -0.0, 1, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 709.782712893384, 709.78271289338408, 710,
            -708.3964185322641, -708.39641853226418, -709, -745, 1e-300, -1e-300, 0.5 * Math.Log(2), -0.5 * Math.Log(2),
        };
        for (var k = 0; k < 200_000; k++)
        {
            arguments.Add(random.Next(3) switch
            {
                0 => 1500 * (random.NextDouble() - 0.5),
                1 => 0.6 * (random.NextDouble() - 0.5),
                _ => Math.Round(random.NextDouble() * 40 - 20) * Math.Log(2) * 0.5,
            });
        }
        for (var length = 1; length < 30; length++)
        {
            var slice = arguments.Skip(length * 7).Take(length).ToArray();
            var results = new double[length];
            DrawLanes.Exp(slice, results);
            for (var i = 0; i < length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(PortableMath.Exp(slice[i])), BitConverter.DoubleToInt64Bits(results[i]));
            }
        }
        var all = new double[arguments.Count];
        DrawLanes.Exp(arguments.ToArray(), all);
        for (var i = 0; i < all.Length; i++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(PortableMath.Exp(arguments[i])) == BitConverter.DoubleToInt64Bits(all[i]),
                $"e^{arguments[i]:R}: scalar {PortableMath.Exp(arguments[i]):R}, lanes {all[i]:R}");
        }
    }
}
