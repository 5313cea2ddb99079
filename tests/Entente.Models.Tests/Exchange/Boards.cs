using Entente.Models.Common;
using Entente.Models.Exchange;

namespace Entente.Models.Tests.Exchange;

/// <summary>
/// Exchange boards for comparing the incremental round with the full sort: fine-grained random ones, where
/// gains are all different, and coarse ones, where positions, saliences and powers come from a few round
/// values, so that many gains are mathematically equal and rounding leaves them a few units apart.
/// </summary>
internal static class Boards
{
    public static ExchangeBoard Fine(int actors, int issues, ulong seed)
    {
        var random = new CounterRandom(seed, 1);
        var board = new ExchangeBoard(actors, issues);
        for (var k = 0; k < actors; k++)
        {
            var capability = 1 + 99 * random.NextDouble();
            for (var x = 0; x < issues; x++)
            {
                board.Set(k, x, 100 * random.NextDouble(), 0.1 + 0.9 * random.NextDouble(), capability);
            }
        }
        return board;
    }

    public static ExchangeBoard Coarse(int actors, int issues, ulong seed)
    {
        var random = new CounterRandom(seed, 2);
        var board = new ExchangeBoard(actors, issues);
        for (var k = 0; k < actors; k++)
        {
            for (var x = 0; x < issues; x++)
            {
                board.Set(k, x, 10 * random.NextInt(11), 0.2 * (1 + random.NextInt(5)), 1 + random.NextInt(3));
            }
        }
        return board;
    }

    /// <summary>The first place where two rounds' realised exchanges differ in candidate, gain, moves or positions (bits), or null.</summary>
    public static string? FirstDifference(IReadOnlyList<ExchangeCandidate> fast, IReadOnlyList<ExchangeCandidate> full)
    {
        for (var n = 0; n < Math.Max(fast.Count, full.Count); n++)
        {
            if (n >= fast.Count || n >= full.Count)
            {
                return $"{fast.Count} exchanges against {full.Count}";
            }
            var (x, y) = (fast[n], full[n]);
            double[] Numbers(ExchangeCandidate c) => [c.Gain, c.I.Move, c.J.Move, c.I.Position, c.J.Position, c.I.Vote, c.J.Vote];
            if (x.Id != y.Id || !Numbers(x).Select(BitConverter.DoubleToInt64Bits).SequenceEqual(Numbers(y).Select(BitConverter.DoubleToInt64Bits)))
            {
                return $"exchange {n + 1}: candidate {x.Id} gain {x.Gain:R} against candidate {y.Id} gain {y.Gain:R}";
            }
        }
        return null;
    }
}
