using Entente.Models.ExpectedUtility;

namespace Entente.Application.Bench;

/// <summary>
/// The expected utility engine on a generated case, one round at a time: what the BenchmarkDotNet suite times,
/// without reaching into the model's internals itself.
/// </summary>
public sealed class EumRounds
{
    private readonly EumEngine _engine;

    private EumRounds(EumEngine engine) => _engine = engine;

    /// <summary>A case of <paramref name="actors"/> random actors; <paramref name="naive"/> for the O(n³) reference form.</summary>
    public static EumRounds Create(int actors, ulong seed, bool naive) => new(ExpectedUtilityBench.CreateEngine(actors, seed, naive));

    /// <summary>Plays one round; returns how far positions moved.</summary>
    public double Step() => _engine.Step();

    /// <summary>Plays rounds until they move positions by less than the tolerance, or the round limit; returns the rounds played.</summary>
    public int FullRun()
    {
        var limit = new ExpectedUtilityOptions();
        for (var round = 1; round <= limit.MaxRounds; round++)
        {
            if (_engine.Step() < limit.Tolerance * _engine.Delta)
            {
                return round;
            }
        }
        return limit.MaxRounds;
    }
}
