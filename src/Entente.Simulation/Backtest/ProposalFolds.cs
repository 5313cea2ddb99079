using Entente.Models.Common;

namespace Entente.Simulation.Backtest;

/// <summary>
/// Assigns whole proposals to K folds: the proposals in ordinal order are shuffled by a Fisher-Yates
/// shuffle drawn from stream (seed, <see cref="Stream"/>) and dealt round-robin, so folds differ in size
/// by at most one proposal and a proposal is never split between training and test.
/// </summary>
internal static class ProposalFolds
{
    /// <summary>The stream of the shuffle, apart from the bootstrap's streams 0, 1, 2….</summary>
    public const ulong Stream = 0xF01D5UL;

    /// <summary>
    /// Fold (0 to K−1) of each group; repetition r of a repeated cross-validation shuffles from stream
    /// (seed, <see cref="Stream"/> + r), so repetition 0 is the plain K-fold split.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> groups, int folds, ulong seed, int repetition = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repetition);
        return AssignFromStream(groups, folds, seed, Stream + (ulong)repetition);
    }

    /// <summary>The same dealing from stream (seed, <paramref name="stream"/>): inner folds use streams of their own.</summary>
    public static IReadOnlyDictionary<string, int> AssignFromStream(IEnumerable<string> groups, int folds, ulong seed, ulong stream)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var order = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var random = new CounterRandom(seed, stream);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
    }
}
