using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The expected utility model's outputs as the CLI prints them, checked against the Scholz reference run.</summary>
public class ExpectedUtilityOutputTests
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");

    private static (string[] Header, string[][] Rows) Reference()
    {
        var lines = File.ReadAllLines(RepoPaths.Data("reference/scholz-ec-cars/expected-scholz-variant.csv"));
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    [Fact]
    public void Json_rounds_carry_the_reference_positions_and_risk_exponents()
    {
        var (header, rows) = Reference();

        var result = Cli.Run("forecast", EcCars, "--model", "eum-scholz", "--rounds", "10", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rounds = json.RootElement.GetProperty("issues")[0].GetProperty("rounds");
        Assert.Equal(11, rounds.GetArrayLength());
        foreach (var row in rows)
        {
            var round = rounds[int.Parse(row[0], CultureInfo.InvariantCulture)];
            for (var column = 1; column < header.Length; column++)
            {
                if (row[column].Length == 0)
                {
                    continue;
                }
                var expected = double.Parse(row[column], CultureInfo.InvariantCulture);
                var name = header[column];
                var actual = name switch
                {
                    "weighted_mean" => round.GetProperty("weightedMean").GetDouble(),
                    "weighted_median" => round.GetProperty("weightedMedian").GetDouble(),
                    _ when name.StartsWith("x_", StringComparison.Ordinal) => round.GetProperty("positions").GetProperty(name[2..]).GetDouble(),
                    _ => round.GetProperty("risk").GetProperty(name[2..]).GetDouble(),
                };
                Assert.True(Math.Abs(expected - actual) < 1e-6, $"round {row[0]} {name}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void Json_offers_and_dyads_name_their_kinds()
    {
        var result = Cli.Run("forecast", EcCars, "--model", "eum", "--format", "json", "--dyads", "1");

        using var json = JsonDocument.Parse(result.Out);
        var issue = json.RootElement.GetProperty("issues")[0];
        Assert.StartsWith("converged at round", issue.GetProperty("stoppingReason").GetString());
        Assert.NotEmpty(issue.GetProperty("explanation").EnumerateArray());
        var round1 = issue.GetProperty("rounds")[1];
        var kinds = round1.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("kind").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "confrontation", "compromise", "capitulation" }, kinds);
        Assert.Equal(90, round1.GetProperty("dyads").GetArrayLength());
    }

    [Fact]
    public void The_table_shows_trajectory_offers_explanation_and_on_request_the_dyad_map()
    {
        var result = Cli.Run("forecast", EcCars, "--model", "eum", "--dyads", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("converged at round", result.Out);
        Assert.Contains("Offers accepted", result.Out);
        Assert.Contains("Round 1: ", result.Out);
        Assert.Contains("Dyads, round 1", result.Out);
        Assert.Contains("X conflict", result.Out);
    }

    [Fact]
    public void Bench_eum_reports_rates_and_the_ratio()
    {
        var result = Cli.Run("bench", "eum", "--actors", "30", "--rounds", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fast :", result.Out);
        Assert.Matches(@"fast/naive: [\d.]+x", result.Out);
    }

    [Fact]
    public void Bench_rejects_a_one_actor_issue()
    {
        Assert.Equal(2, Cli.Run("bench", "eum", "--actors", "1").ExitCode);
    }
}
