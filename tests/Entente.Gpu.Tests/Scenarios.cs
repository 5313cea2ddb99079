using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.MonteCarlo;
using System.Globalization;
using System.Text;

namespace Entente.Gpu.Tests;

/// <summary>Generated negotiations for the conformance tests: n actors on a few issues, positions and weights from a seed.</summary>
internal static class Scenarios
{
    public static Scenario Generated(int actors, int issues, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("name: generated\nsalienceScale: unit\nactors:\n");
        for (var a = 0; a < actors; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: a{a}, name: a{a}, capability: {1 + random.Next(200)} }}\n");
        }
        text.Append("issues:\n");
        for (var i = 0; i < issues; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: i{i}\n    name: i{i}\n    scale: {{ min: 0, max: 100 }}\n    positions:\n");
            for (var a = 0; a < actors; a++)
            {
                // Some positions repeat, as real ones do (blocks of equal positions are a case of their own).
                var position = random.Next(4) == 0 ? 50 : random.Next(101);
                text.Append(CultureInfo.InvariantCulture, $"      a{a}: {{ position: {position}, salience: {(5 + random.Next(95)) / 100.0} }}\n");
            }
        }
        return ScenarioFiles.Parse(text.ToString(), "generated.yaml").Scenario;
    }

    public static SweepPlan Sweep(Scenario scenario, string model, long trials, IReadOnlyList<ModelOption>? options = null) => new()
    {
        Scenario = scenario,
        Model = model,
        Options = options ?? [],
        Trials = trials,
        Seed = 11,
        Noise = new NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.3 },
    };
}
