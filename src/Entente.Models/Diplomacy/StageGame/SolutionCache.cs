using System.Collections.Concurrent;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// Solutions of games already solved, keyed by every number of the game. The solve is a pure function of those
/// numbers, so a hit returns exactly what solving again would; it pays because the Monte Carlo over types reads
/// the same early signals with the same inputs in every trial (observers' priors are not redrawn), and because
/// observers with identical beliefs share one solve (specification §5.7). Bounded: it is emptied when full.
/// </summary>
internal static class SolutionCache
{
    private const int Capacity = 4096;
    private static readonly ConcurrentDictionary<GameKey, StageGameSolution> Solutions = new();

    public static StageGameSolution GetOrSolve(SignallingGame game, Func<SignallingGame, StageGameSolution> solve)
    {
        var key = new GameKey(game);
        if (Solutions.TryGetValue(key, out var known))
        {
            return known;
        }
        var solution = solve(game);
        if (Solutions.Count >= Capacity)
        {
            Solutions.Clear();
        }
        Solutions.TryAdd(key, solution);
        return solution;
    }

    /// <summary>
    /// A scratch row for the numbers of a game of <paramref name="senders"/> sender and <paramref name="receivers"/>
    /// receiver types, laid out as the key lays them out (each sender's prior, its four payoffs and two follow-through
    /// probabilities; then each receiver's weight and threshold): one row per thread, overwritten by the next call.
    /// </summary>
    public static Span<double> Row(int senders, int receivers)
    {
        var length = senders * 7 + receivers * 2;
        if (_row is null || _row.Length < length)
        {
            _row = new double[Math.Max(length, 256)];
        }
        return _row.AsSpan(0, length);
    }

    [ThreadStatic]
    private static double[]? _row;

    /// <summary>
    /// The solution of the game whose numbers <see cref="Row"/> holds, if that game was solved (then it is exactly what
    /// solving it again would return): the game need not be built.
    /// </summary>
    public static bool TryGet(int senders, int receivers, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StageGameSolution? solution)
    {
        var key = new GameKey(senders, _row!, senders * 7 + receivers * 2);
        return Solutions.TryGetValue(key, out solution);
    }

    private readonly struct GameKey : IEquatable<GameKey>
    {
        private readonly double[] _numbers;
        private readonly int _length;
        private readonly int _senders;
        private readonly int _hash;

        // A key over the first length numbers of a row (a probe: never stored, its row is reused).
        public GameKey(int senders, double[] numbers, int length)
        {
            _senders = senders;
            _numbers = numbers;
            _length = length;
            _hash = Hash(senders, numbers.AsSpan(0, length));
        }

        private static int Hash(int senders, ReadOnlySpan<double> numbers)
        {
            var hash = new HashCode();
            hash.Add(senders);
            foreach (var x in numbers)
            {
                hash.Add(BitConverter.DoubleToInt64Bits(x));
            }
            return hash.ToHashCode();
        }

        public GameKey(SignallingGame game)
        {
            _senders = game.Senders.Length;
            _numbers = new double[game.Senders.Length * 7 + game.Receivers.Length * 2];
            _length = _numbers.Length;
            var k = 0;
            foreach (var s in game.Senders)
            {
                _numbers[k++] = s.Prior;
                _numbers[k++] = s.SilentUnfavourable;
                _numbers[k++] = s.SilentFavourable;
                _numbers[k++] = s.ClaimUnfavourable;
                _numbers[k++] = s.ClaimFavourable;
                _numbers[k++] = s.FollowThroughSilent;
                _numbers[k++] = s.FollowThroughClaim;
            }
            foreach (var r in game.Receivers)
            {
                _numbers[k++] = r.Weight;
                _numbers[k++] = r.Threshold;
            }
            _hash = Hash(_senders, _numbers);
        }

        // Bitwise equality: −0 and 0, or two NaNs, are told apart exactly as the solve would see them.
        public bool Equals(GameKey other)
        {
            if (_senders != other._senders || _length != other._length)
            {
                return false;
            }
            for (var i = 0; i < _length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(_numbers[i]) != BitConverter.DoubleToInt64Bits(other._numbers[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is GameKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
