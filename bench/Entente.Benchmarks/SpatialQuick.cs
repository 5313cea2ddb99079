using System.Globalization;
using Entente.Formats;
using Entente.Application.Bench;

/// <summary>The quick Stopwatch timing of the spatial model, one line per input.</summary>
internal static class SpatialQuick
{
    public static IEnumerable<string> Run(string[] args)
    {
        if (args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var actors))
        {
            var dims = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
            var turns = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
            yield return Show($"random {actors}x{dims}", SpatialBench.Measure(actors, dims, turns));
            yield break;
        }
        foreach (var file in args)
        {
            yield return Show(Path.GetFileName(file), SpatialBench.Measure(ScenarioFiles.Load(file).Scenario));
        }
    }

    private static string Show(string name, SpatialBenchResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {r.Actors} actors x {r.Dimensions} dims, {r.Turns} turns, {r.TotalSeconds:0.000} s total, {r.SecondsPerTurn * 1000:0.0} ms/turn ({r.StoppingReason})");
}
