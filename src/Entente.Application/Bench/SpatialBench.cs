using System.Diagnostics;
using Entente.Domain;
using Entente.Models;
using Entente.Models.Common;
using Entente.Models.Spatial;
using Entente.Simulation;

namespace Entente.Application.Bench;

/// <summary>
/// Times the spatial model (KTAB's SMP, default options) turn by turn, on a given scenario or on a seeded
/// random one: the library side of <c>entente bench smp</c>.
/// </summary>
public static class SpatialBench
{
    /// <summary>Runs <paramref name="scenario"/> for at most <paramref name="maxTurns"/> turns and times it.</summary>
    public static SpatialBenchResult Measure(Scenario scenario, int maxTurns = 100)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTurns, 1);
        WarmUp();
        var space = SpatialScenario.From(scenario);
        return Time(space.Actors, space.Initial, maxTurns);
    }

    /// <summary>
    /// A random scenario of <paramref name="actors"/> actors on <paramref name="dimensions"/> dimensions
    /// from <paramref name="seed"/> (as KTAB's randomSMP: capabilities 10-200, positions uniform, total
    /// salience 0.75-0.99 split at random), run for at most <paramref name="maxTurns"/> turns.
    /// </summary>
    public static SpatialBenchResult Measure(int actors, int dimensions = 1, int maxTurns = 1, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTurns, 1);
        WarmUp();
        var (space, initial) = Generate(actors, dimensions, seed);
        return Time(space, initial, maxTurns);
    }

    /// <summary>A random spatial scenario, as the model sees it.</summary>
    internal static (SpatialActors Actors, SpatialState Initial) Generate(int actors, int dimensions, ulong seed)
    {
        var random = new CounterRandom(seed, 0);
        var capabilities = new double[actors];
        var saliences = new double[actors * dimensions];
        var positions = new double[actors * dimensions];
        for (var a = 0; a < actors; a++)
        {
            capabilities[a] = 10 + 190 * random.NextDouble();
            var total = 0.75 + 0.24 * random.NextDouble();
            double sum = 0;
            for (var k = 0; k < dimensions; k++)
            {
                saliences[a * dimensions + k] = 0.1 + 0.9 * random.NextDouble();
                sum += saliences[a * dimensions + k];
                positions[a * dimensions + k] = random.NextDouble();
            }
            for (var k = 0; k < dimensions; k++)
            {
                saliences[a * dimensions + k] *= total / sum;
            }
        }
        var names = Enumerable.Range(0, actors).Select(a => $"A{a:D4}").ToArray();
        return (new SpatialActors(names, capabilities, saliences, dimensions), new SpatialState(0, positions, dimensions));
    }

    private static SpatialBenchResult Time(SpatialActors actors, SpatialState initial, int maxTurns)
    {
        var clock = Stopwatch.StartNew();
        var history = SpatialRun.Execute(actors, initial, new SpatialOptions(), seed: 0, turnLimit: maxTurns, loops: ParallelLoops.Instance);
        var seconds = clock.Elapsed.TotalSeconds;
        var turns = history.Turns.Count - 1;
        return new SpatialBenchResult(actors.Count, actors.Dimensions, turns, seconds, seconds / turns, history.StoppingReason);
    }

    // Lets tiered compilation finish optimising the loops before the clock starts.
    private static void WarmUp()
    {
        var (actors, initial) = Generate(30, 2, 7);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            SpatialRun.Execute(actors, initial, new SpatialOptions(), seed: 0, turnLimit: 3, loops: ParallelLoops.Instance);
        }
    }
}
