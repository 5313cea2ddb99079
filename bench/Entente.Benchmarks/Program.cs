using System.Globalization;
using BenchmarkDotNet.Running;
using Entente.Simulation.Bench;

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
if (args is ["probe"])
{
    var b = new double[10000]; var u = new double[10000];
    for (var i = 0; i < b.Length; i++) b[i] = 0.5 - 0.5 * i / 10000.0;
    for (var rep = 0; rep < 200; rep++) Entente.Models.ExpectedUtility.RiskCurve.Fill(b, 1.3, u);
    var sw = System.Diagnostics.Stopwatch.StartNew();
    for (var rep = 0; rep < 2000; rep++) Entente.Models.ExpectedUtility.RiskCurve.Fill(b, 1.3, u);
    Console.WriteLine($"pow fill: {sw.Elapsed.TotalNanoseconds / 2000 / 10000:0.00} ns/element, accel {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}");
    var e = Entente.Simulation.Bench.ExpectedUtilityBench.CreateEngine(2000, 1, false);
    e.Step();
    sw.Restart(); e.Step(); e.Step();
    Console.WriteLine($"round n=2000: {sw.Elapsed.TotalMilliseconds / 2:0.0} ms");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
