using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench startup</c>: the wall time of whole <c>entente forecast</c> processes on the EC-cars example,
/// start-up included, as a user's shell sees it; the median and range of several runs against the 0.2 s target.
/// </summary>
internal static class BenchStartup
{
    /// <summary>The start-up a command line should stay under (issue 18.17).</summary>
    public const double TargetSeconds = 0.2;

    public static Command Create(CliConsole console)
    {
        var runs = new Option<int>("--trials", "-n") { Description = "Processes to time (after one untimed run that warms the disk cache).", DefaultValueFactory = _ => 10 };
        var command = new Command("startup", $"Time whole 'entente forecast' processes on the EC-cars example, start-up included (target: under {TargetSeconds} s).") { runs };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(runs);
            if (n < 1)
            {
                console.Error.WriteLine("error: --trials must be at least 1");
                return ExitCodes.BadInput;
            }
            var example = Path.Combine(AppContext.BaseDirectory, "examples", "ec-cars-1994.yaml");
            var (file, prefix) = Self();
            string[] args = [.. prefix, "forecast", example];
            console.Error.WriteLine($"bench startup: {file} {string.Join(' ', args)}, {n} runs...");
            Time(file, args);
            var seconds = Enumerable.Range(0, n).Select(_ => Time(file, args)).ToList();
            if (seconds.Any(double.IsNaN))
            {
                console.Error.WriteLine("error: the forecast process failed");
                return ExitCodes.InternalError;
            }
            console.Out.WriteLine(Line(seconds));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The report: median and range of <paramref name="seconds"/>, against the target.</summary>
    internal static string Line(IReadOnlyList<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"forecast of EC cars, whole process: median {median:0.000} s ({sorted[0]:0.000}-{sorted[^1]:0.000} s over {sorted.Count} runs); target under {TargetSeconds} s: {(median < TargetSeconds ? "met" : "not met")}");
    }

    // This program as the shell would start it: the apphost, or 'dotnet entente.dll'.
    private static (string File, string[] Prefix) Self()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, [Path.Combine(AppContext.BaseDirectory, "entente.dll")])
            : (process, []);
    }

    private static double Time(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        // Drain both streams so a full pipe cannot stall the child.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return process.ExitCode == 0 ? clock.Elapsed.TotalSeconds : double.NaN;
    }
}
