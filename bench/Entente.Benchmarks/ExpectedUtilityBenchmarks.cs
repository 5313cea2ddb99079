using BenchmarkDotNet.Attributes;
using Entente.Application.Bench;

namespace Entente.Benchmarks;

/// <summary>
/// One bdm round and a full run (to convergence or 100 rounds) at n = 10 … 10,000, fast against naive.
/// The naive O(n³) form is left out at 10,000 actors: one round would take about an hour.
/// </summary>
[MemoryDiagnoser]
public class ExpectedUtilityBenchmarks
{
    private EumRounds _engine = null!;

    /// <summary>Fast at every size; naive up to 1,000 actors.</summary>
    public static IEnumerable<string> Cases() =>
        [.. new[] { 10, 100, 1_000, 10_000 }.Select(n => $"fast-{n}"), .. new[] { 10, 100, 1_000 }.Select(n => $"naive-{n}")];

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "fast-10";

    [IterationSetup]
    public void Setup()
    {
        var parts = Case.Split('-');
        _engine = EumRounds.Create(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), seed: 1, naive: parts[0] == "naive");
    }

    [Benchmark]
    public double OneRound() => _engine.Step();

    [Benchmark]
    public int FullRun() => _engine.FullRun();
}
