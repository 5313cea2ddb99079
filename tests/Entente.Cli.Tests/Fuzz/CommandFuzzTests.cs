using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>
/// Every format through every command that reads it, fuzzed: mutations of every example and reference file and inputs
/// generated from nothing, with a fixed seed. No run may crash, hang, print a non-finite result or change its input.
/// In CI the budget is small (24 inputs, at most 20 s); <c>eng/fuzz.sh N</c> runs N inputs and reports each outcome
/// class (ENTENTE_FUZZ_INPUTS, ENTENTE_FUZZ_SEED, ENTENTE_FUZZ_REPORT; ENTENTE_FUZZ_SECONDS bounds the time).
/// </summary>
public sealed class CommandFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int CiInputs = 24;
    private static readonly TimeSpan CiBudget = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("entente-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fuzzed_inputs_of_every_format_and_command_never_crash_hang_print_non_finite_results_or_lose_a_file()
    {
        var asked = Environment.GetEnvironmentVariable("ENTENTE_FUZZ_INPUTS");
        var inputs = asked is null ? CiInputs : int.Parse(asked, CultureInfo.InvariantCulture);
        var limit = Environment.GetEnvironmentVariable("ENTENTE_FUZZ_SECONDS");
        var budget = limit is not null ? TimeSpan.FromSeconds(double.Parse(limit, CultureInfo.InvariantCulture)) : asked is null ? CiBudget : TimeSpan.MaxValue;
        var seed = ulong.Parse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_SEED") ?? "19", CultureInfo.InvariantCulture);
        var random = new FuzzRandom(seed);
        var seeds = FuzzCommands.Seeds();
        var texts = seeds.ToDictionary(s => s.Path, s => File.ReadAllText(s.Path));
        var counts = Enum.GetValues<FuzzOutcome>().ToDictionary(o => o, _ => 0);
        var defects = new List<string>();
        var slowest = new List<(double Seconds, string Run)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = 0;
        for (; run < inputs && clock.Elapsed < budget; run++)
        {
            var (path, kind) = random.Below(10) == 0 ? (seeds[0].Path, FuzzCommands.Kind.Scenario) : random.Pick(seeds);
            var generated = path == seeds[0].Path && random.Below(2) == 0;
            var input = Path.Combine(_folder, $"input-{run}{Path.GetExtension(path)}");
            if (generated)
            {
                File.WriteAllBytes(input, FuzzMutations.Generate(random));
            }
            else
            {
                File.WriteAllText(input, FuzzMutations.Mutate(texts[path], random));
            }
            var scratch = Directory.CreateDirectory(Path.Combine(_folder, $"out-{run}")).FullName;
            var args = FuzzCommands.For(kind, input, scratch, random);
            var started = clock.Elapsed;
            var (outcome, detail) = FuzzRunner.Run(args, input);
            slowest.Add(((clock.Elapsed - started).TotalSeconds, $"input {run} ({(generated ? "generated" : Path.GetFileName(path))}): entente {string.Join(' ', args.Select(Path.GetFileName))} -> {outcome}"));
            counts[outcome]++;
            if (outcome is not (FuzzOutcome.Success or FuzzOutcome.CleanError))
            {
                var kept = Path.Combine(Path.GetTempPath(), $"entente-fuzz-{seed}-{run}{Path.GetExtension(path)}");
                File.Copy(input, kept, overwrite: true);
                defects.Add($"input {run} ({(generated ? "generated" : Path.GetFileName(path))}, kept as {kept}): {outcome}: entente {string.Join(' ', args)}: {detail}");
                if (outcome == FuzzOutcome.Hang)
                {
                    run++;
                    break; // the hung command's thread cannot be stopped; report what there is.
                }
            }
            File.Delete(input);
            Directory.Delete(scratch, recursive: true);
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"fuzz: seed {seed}, {run} inputs in {clock.Elapsed.TotalSeconds:0.#} s\n");
        foreach (var (outcome, count) in counts)
        {
            report.Append(CultureInfo.InvariantCulture, $"  {outcome}: {count}\n");
        }
        foreach (var (seconds, what) in slowest.OrderByDescending(s => s.Seconds).Take(3))
        {
            report.Append(CultureInfo.InvariantCulture, $"  slowest: {seconds:0.##} s {what}\n");
        }
        foreach (var defect in defects)
        {
            report.Append("  ").Append(defect).Append('\n');
        }
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("ENTENTE_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, report.ToString());
        }
        Assert.True(run >= Math.Min(inputs, 10), $"only {run} inputs ran within the budget");
        Assert.True(defects.Count == 0, report.ToString());
    }
}
