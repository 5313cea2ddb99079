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

    private readonly struct GameKey : IEquatable<GameKey>
    {
        private readonly double[] _numbers;
        private readonly int _senders;
        private readonly int _hash;

        public GameKey(SignallingGame game)
        {
            _senders = game.Senders.Length;
            _numbers = new double[game.Senders.Length * 7 + game.Receivers.Length * 2];
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
            var hash = new HashCode();
            hash.Add(_senders);
            foreach (var x in _numbers)
            {
                hash.Add(BitConverter.DoubleToInt64Bits(x));
            }
            _hash = hash.ToHashCode();
        }

        // Bitwise equality: −0 and 0, or two NaNs, are told apart exactly as the solve would see them.
        public bool Equals(GameKey other)
        {
            if (_senders != other._senders || _numbers.Length != other._numbers.Length)
            {
                return false;
            }
            for (var i = 0; i < _numbers.Length; i++)
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
