using System.Globalization;
using BenchmarkDotNet.Running;
using Entente.Application.Bench;

// "quick N R": the same in-process Stopwatch measurement the CLI's `entente bench eum` prints, without
// BenchmarkDotNet's minutes of warm-up; anything else goes to BenchmarkDotNet.
if (args is ["quick", var actorsText, var roundsText])
{
    var actors = int.Parse(actorsText, CultureInfo.InvariantCulture);
    var rounds = int.Parse(roundsText, CultureInfo.InvariantCulture);
    var result = ExpectedUtilityBench.Measure(actors, rounds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"actors {result.Actors}, rounds {result.Rounds}: fast {result.FastRoundsPerSecond:0.###} rounds/s ({1000 / result.FastRoundsPerSecond:0.###} ms/round), " +
        $"naive {(result.NaiveRoundsPerSecond is { } n ? $"{n:0.###} rounds/s over {result.NaiveRounds} rounds" : "skipped")}, " +
        $"ratio {(result.Ratio is { } r ? $"{r:0.#}" : "n/a")}"));
    return;
}
// "smp FILE.csv…" or "smp N DIMS TURNS": time the spatial model on KTAB inputs or on a seeded random scenario.
if (args is ["smp", .. var smpArgs])
{
    foreach (var line in SpatialQuick.Run(smpArgs))
    {
        Console.WriteLine(line);
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
