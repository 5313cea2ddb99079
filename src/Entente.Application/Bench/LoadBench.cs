using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entente.Formats;
using Entente.Models.Common;

namespace Entente.Application.Bench;

/// <summary>
/// Times reading and validating a generated scenario of many actors (<c>entente bench load</c>): the text is made in
/// memory, then parsed and validated whole (as <c>entente validate</c> does) several times; the median is the figure.
/// Loading is linear in actors (an id index, not a scan per stance); the target is 100,000 actors in under 2 s.
/// </summary>
public static class LoadBench
{
    /// <summary>The target for 100,000 actors, in seconds.</summary>
    public const double TargetSeconds = 2;

    /// <summary>The formats a scenario can be generated in: an Entente YAML file or a Scholz/BDM actor table.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yaml", "table"];

    /// <summary>
    /// Generates <paramref name="actors"/> actors on <paramref name="issues"/> issues (the actor table has one) in
    /// <paramref name="format"/>, warms up on a small one, then times <paramref name="repeats"/> loads.
    /// </summary>
    /// <exception cref="InvalidOperationException">The generated scenario does not load cleanly (a defect of the generator or the reader).</exception>
    public static LoadBenchResult Measure(int actors, int issues, string format, int repeats, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(issues, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var name = format == "table" ? "actors.csv" : "scenario.yaml";
        for (var i = 0; i < 3; i++)
        {
            Load(Generate(1000, issues, format, seed), name);
        }
        var text = Generate(actors, issues, format, seed);
        var seconds = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Load(text, name);
            seconds.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return new LoadBenchResult(actors, format == "table" ? 1 : issues, format, Encoding.UTF8.GetByteCount(text), seconds, cpu);
    }

    private static void Load(string text, string name)
    {
        var document = ScenarioFiles.Parse(text, name);
        var errors = document.Validate().Where(d => d.Severity == Domain.Validation.Severity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"the generated scenario does not load: {errors[0].Message}");
        }
    }

    /// <summary>A seeded scenario: capabilities 1–100, positions 0–100, saliences 0.01–1.</summary>
    internal static string Generate(int actors, int issues, string format, ulong seed)
    {
        var random = new CounterRandom(seed, 0);
        var text = new StringBuilder();
        if (format == "table")
        {
            text.Append("Actor,Capability,Position,Salience\n");
            for (var a = 0; a < actors; a++)
            {
                text.Append(CultureInfo.InvariantCulture, $"A{a},{1 + (int)(99 * random.NextDouble())},{(int)(100 * random.NextDouble())},{0.01 + (int)(99 * random.NextDouble()) / 100.0}\n");
            }
            return text.ToString();
        }
        text.Append("name: generated\nactors:\n");
        for (var a = 0; a < actors; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: A{a}, capability: {1 + (int)(99 * random.NextDouble())} }}\n");
        }
        text.Append("issues:\n");
        for (var i = 0; i < issues; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: I{i}\n    scale: {{ min: 0, max: 100 }}\n    positions:\n");
            for (var a = 0; a < actors; a++)
            {
                text.Append(CultureInfo.InvariantCulture, $"      A{a}: {{ position: {(int)(100 * random.NextDouble())}, salience: {0.01 + (int)(99 * random.NextDouble()) / 100.0} }}\n");
            }
        }
        return text.ToString();
    }
}

/// <summary>What <see cref="LoadBench.Measure"/> timed.</summary>
/// <param name="Actors">Actors in the scenario.</param>
/// <param name="Issues">Issues in the scenario.</param>
/// <param name="Format"><c>yaml</c> or <c>table</c>.</param>
/// <param name="Bytes">Size of the text, UTF-8.</param>
/// <param name="Seconds">Each load's wall-clock time, in order.</param>
/// <param name="CpuSeconds">Each load's processor time (all of the process's threads, the collector's included): on a
/// machine shared with other work, a steadier figure than the wall clock.</param>
public sealed record LoadBenchResult(int Actors, int Issues, string Format, long Bytes, IReadOnlyList<double> Seconds, IReadOnlyList<double> CpuSeconds)
{
    /// <summary>The median load time.</summary>
    public double Median => Seconds.Order().ElementAt(Seconds.Count / 2);

    /// <summary>The median processor time of a load.</summary>
    public double MedianCpu => CpuSeconds.Order().ElementAt(CpuSeconds.Count / 2);
}
