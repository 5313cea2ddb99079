using System.Text.Json;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>Runs one command on one fuzzed input, in process, and says how it ended.</summary>
internal static class FuzzRunner
{
    /// <summary>
    /// More processor time than any command here takes on a clean input: runaway time. Processor time, not wall time,
    /// so that a run on a loaded machine (other builds, other tests) is not taken for one.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>No answer after this long is a hang, however loaded the machine.</summary>
    public static readonly TimeSpan WallLimit = TimeSpan.FromSeconds(300);

    public static (FuzzOutcome Outcome, string Detail) Run(string[] args, string input)
    {
        var before = File.ReadAllBytes(input);
        var processor = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var run = Task.Run(() => Cli.Run(args));
        if (!run.Wait(WallLimit))
        {
            return (FuzzOutcome.Hang, $"no answer within {WallLimit.TotalSeconds} s");
        }
        // The runner does nothing else meanwhile: the process's processor time is the command's.
        var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processor;
        if (used > Limit)
        {
            return (FuzzOutcome.Slow, $"{used.TotalSeconds:0.#} s of processor time (limit {Limit.TotalSeconds} s)");
        }
        if (run.IsFaulted)
        {
            return (FuzzOutcome.Crash, run.Exception!.InnerException!.ToString());
        }
        var result = run.Result;
        if (!File.Exists(input) || !before.AsSpan().SequenceEqual(File.ReadAllBytes(input)))
        {
            return (FuzzOutcome.LostFile, "the input changed");
        }
        if (result.Error.Contains("   at ", StringComparison.Ordinal) || result.Error.Contains("internal error", StringComparison.Ordinal))
        {
            return (FuzzOutcome.Crash, First(result.Error));
        }
        return result.ExitCode switch
        {
            0 => NonFinite(result.Out) is { } where ? (FuzzOutcome.NonFinite, where) : (FuzzOutcome.Success, ""),
            2 or 74 => result.Error.Trim().Length > 0 ? (FuzzOutcome.CleanError, First(result.Error)) : (FuzzOutcome.Crash, "exit code 2 with nothing said"),
            _ => (FuzzOutcome.Crash, $"exit code {result.ExitCode}: {First(result.Error)}"),
        };
    }

    private static string First(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";

    /// <summary>Where a forecast document holds a non-finite forecast, mean, median or position; null when none does (or it is no forecast).</summary>
    private static string? NonFinite(string output)
    {
        if (!output.TrimStart().StartsWith('{'))
        {
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(output);
        }
        catch (JsonException e)
        {
            return $"the JSON printed does not parse: {e.Message}";
        }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("issues", out var issues) || issues.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            foreach (var issue in issues.EnumerateArray())
            {
                foreach (var name in new[] { "forecast", "weightedMean", "weightedMedian" })
                {
                    if (issue.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Number)
                    {
                        return $"{name} of {issue.GetProperty("id")} is {value}";
                    }
                }
                if (issue.TryGetProperty("rounds", out var rounds) && rounds.ValueKind == JsonValueKind.Array)
                {
                    foreach (var round in rounds.EnumerateArray())
                    {
                        if (!round.TryGetProperty("positions", out var positions) || positions.ValueKind != JsonValueKind.Object)
                        {
                            continue;
                        }
                        foreach (var position in positions.EnumerateObject())
                        {
                            if (position.Value.ValueKind != JsonValueKind.Number)
                            {
                                return $"position of {position.Name} in round {round.GetProperty("round")} of {issue.GetProperty("id")} is {position.Value}";
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
