using System.Text.Json;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>Runs one command on one fuzzed input, in process, and says how it ended.</summary>
internal static class FuzzRunner
{
    /// <summary>Longer than any command here takes on a clean input (a hang, not a slow run).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static (FuzzOutcome Outcome, string Detail) Run(string[] args, string input)
    {
        var before = File.ReadAllBytes(input);
        var run = Task.Run(() => Cli.Run(args));
        if (!run.Wait(Limit))
        {
            return (FuzzOutcome.Hang, $"no answer within {Limit.TotalSeconds} s");
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
