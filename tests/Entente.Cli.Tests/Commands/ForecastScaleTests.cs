using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// A forecast's result is bounded: no per-round dyad tables unless asked for, the JSON streamed, the rounds capped.
/// (100 actors × 5 issues with --format json or --store used to abort with "Out of memory.": the dyad tables of every
/// round made a document of over a thousand million characters.)
/// </summary>
public sealed class ForecastScaleTests : IDisposable
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-scale-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A scenario of <paramref name="actors"/> actors and <paramref name="issues"/> issues, positions spread over 0–100.</summary>
    private string Scenario(int actors, int issues)
    {
        var text = new StringBuilder("name: big\nactors:\n");
        for (var a = 0; a < actors; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: A{a}, capability: {1 + a * 37 % 100} }}\n");
        }
        text.Append("issues:\n");
        for (var i = 0; i < issues; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: I{i}\n    scale: {{ min: 0, max: 100 }}\n    positions:\n");
            for (var a = 0; a < actors; a++)
            {
                text.Append(CultureInfo.InvariantCulture, $"      A{a}: {{ position: {(a * 53 + i * 17) % 101}, salience: {0.05 + (a * 29 + i) % 20 / 20.0} }}\n");
            }
        }
        var path = Path.Combine(_folder, $"big-{actors}x{issues}.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void A_hundred_actors_on_five_issues_print_as_json_and_save_with_no_dyad_tables()
    {
        var scenario = Scenario(100, 5);
        var store = Path.Combine(_folder, "runs.db");

        var printed = Cli.Run("forecast", scenario, "--model", "eum", "--format", "json", "--store", store);

        Assert.Equal(0, printed.ExitCode);
        Assert.Contains("saved run 1", printed.Error);
        using var json = JsonDocument.Parse(printed.Out);
        var issues = json.RootElement.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(5, issues.Count);
        Assert.All(issues, i => Assert.All(i.GetProperty("rounds").EnumerateArray(), r => Assert.False(r.TryGetProperty("dyads", out _))));
        Assert.All(issues, i => Assert.Equal(100, i.GetProperty("rounds")[1].GetProperty("positions").EnumerateObject().Count()));
        // What was saved is what was printed.
        var exported = Cli.Run("runs", "export", "1", "--store", store, "--format", "json");
        Assert.Equal(0, exported.ExitCode);
        using var stored = JsonDocument.Parse(exported.Out);
        Assert.True(JsonElement.DeepEquals(json.RootElement, stored.RootElement.GetProperty("result")), "the stored result is the printed JSON");
    }

    [Fact]
    public void Dyads_on_request_are_those_of_the_round_asked_for_and_a_round_past_the_run_says_how_many_it_ran()
    {
        var json = Cli.Run("forecast", EcCars, "--model", "eum", "--format", "json", "--dyads", "2");
        var table = Cli.Run("forecast", EcCars, "--model", "eum", "--dyads", "999999");

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var rounds = document.RootElement.GetProperty("issues")[0].GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal([2], rounds.Where(r => r.TryGetProperty("dyads", out _)).Select(r => r.GetProperty("round").GetInt32()));
        Assert.Equal(90, rounds[2].GetProperty("dyads").GetArrayLength());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains($"emissions: no dyad table for round 999999: the issue ran {rounds.Count - 1} round(s)", table.Out);
    }

    [Theory]
    [InlineData("--rounds", "2147483647", "error: --rounds must be at most 100,000 (got 2,147,483,647): a run keeps every round it plays")]
    [InlineData("--rounds", "1000000000", "error: --rounds must be at most 100,000 (got 1,000,000,000)")]
    [InlineData("--dyads", "0", "error: --dyads must be a round of 1 or more (got 0)")]
    public void Rounds_past_the_cap_and_a_dyad_round_below_one_are_refused_before_the_run(string option, string value, string message)
    {
        var result = Cli.Run("forecast", EcCars, "--model", "eum-scholz", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_generous_round_limit_reserves_nothing_and_the_run_stops_where_it_converges()
    {
        var result = Cli.Run("forecast", EcCars, "--model", "eum", "--rounds", "100000", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var issue = json.RootElement.GetProperty("issues")[0];
        Assert.StartsWith("converged at round", issue.GetProperty("stoppingReason").GetString());
        Assert.Equal(100000, json.RootElement.GetProperty("roundLimit").GetInt32());
    }
}
