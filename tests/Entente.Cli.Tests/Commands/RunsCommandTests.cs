using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Commands;

/// <summary>Saving forecasts and working with the saved runs, on a SQLite store of each test's own.</summary>
public sealed partial class RunsCommandTests : IDisposable
{
    private static readonly string EcCars = RepoPaths.Example("ec-cars-1994.yaml");
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-runs-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_saved_forecast_exports_exactly_what_the_forecast_printed()
    {
        var printed = Cli.Run("forecast", EcCars, "-m", "eum", "-f", "json", "--store", Store);
        var id = SavedId(printed);

        var json = Cli.Run("runs", "export", id, "--store", Store, "--format", "json");
        var csv = Cli.Run("runs", "export", id, "--store", Store, "--format", "csv");

        Assert.Equal(0, json.ExitCode);
        var document = JsonNode.Parse(json.Out)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(printed.Out), document["result"]), "the stored result is the printed JSON");
        Assert.Equal(File.ReadAllText(EcCars), (string?)document["scenario"]!["text"]);
        Assert.Equal("forecast", (string?)document["kind"]);
        Assert.Equal("eum", (string?)document["model"]);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(Cli.Run("forecast", EcCars, "-m", "eum", "-f", "csv").Out, csv.Out);
    }

    [Fact]
    public void Sweeps_and_comparisons_are_listed_with_the_issues_they_covered()
    {
        SavedId(Cli.Run("sweep", EcCars, "--trials", "20", "--store", Store));
        SavedId(Cli.Run("compare", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--trials", "0", "--store", Store));

        var rows = Cli.Run("runs", "list", "--store", Store).Out.Split('\n').Where(l => l.Contains("│ sweep ", StringComparison.Ordinal) || l.Contains("│ compare ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("1", rows[0].Split('│', StringSplitOptions.TrimEntries)[7]);
        Assert.Equal("6", rows[1].Split('│', StringSplitOptions.TrimEntries)[7]);
    }

    [Fact]
    public void A_saved_comparison_is_shown_as_text_and_tables_not_escaped_json()
    {
        var id = SavedId(Cli.Run("compare", RepoPaths.Example("korea-2010-yeonpyeong.yaml"), "--trials", "0", "--store", Store));

        var shown = Cli.Run("runs", "show", id, "--store", Store);

        Assert.Equal(0, shown.ExitCode);
        Assert.DoesNotContain("\\u00", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("{", shown.Out, StringComparison.Ordinal);
        Assert.Contains("patches: send signal 'leak' through channel 'private' to CN", shown.Out, StringComparison.Ordinal);
        Assert.Matches(@"kp_strike\s+20\s+70\s+50", shown.Out);
    }

    [Fact]
    public void A_diff_with_a_sweep_says_why_it_has_no_forecasts_to_compare()
    {
        var forecast = SavedId(Cli.Run("forecast", EcCars, "--store", Store));
        var sweep = SavedId(Cli.Run("sweep", EcCars, "--trials", "20", "--store", Store));

        var diff = Cli.Run("runs", "diff", forecast, sweep, "--store", Store);

        Assert.Equal(0, diff.ExitCode);
        Assert.Contains($"run {sweep} is a sweep: it keeps a summary, not a forecast per issue", diff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("—", diff.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_list_show_diff_and_delete_work_on_the_saved_runs()
    {
        var eum = SavedId(Cli.Run("forecast", EcCars, "-m", "eum", "--store", Store));
        var median = SavedId(Cli.Run("forecast", EcCars, "-m", "median", "--seed", "5", "--save", "--store", Store));

        var list = Cli.Run("runs", "list", "--store", Store, "--format", "json");
        var runs = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([eum, median], runs.Select(r => r.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(["eum", "median"], runs.Select(r => r.GetProperty("model").GetString()));
        Assert.Equal(5UL, runs[1].GetProperty("seed").GetUInt64());
        Assert.Contains("median", Cli.Run("runs", "list", "--store", Store).Out);

        var show = Cli.Run("runs", "show", eum, "--store", Store);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("converged at round", show.Out);
        Assert.Contains(Sha256(EcCars), show.Out);

        var diff = Cli.Run("runs", "diff", eum, median, "--store", Store);
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("Same scenario", diff.Out);
        var netherlands = FinalPosition(median, "Netherlands") - FinalPosition(eum, "Netherlands");
        Assert.Matches($@"Netherlands\s+\S+\s+\S+\s+{Regex.Escape(netherlands.ToString("0.###", CultureInfo.InvariantCulture))}\s", diff.Out);

        var delete = Cli.Run("runs", "delete", median, "--store", Store);
        Assert.Equal(0, delete.ExitCode);
        Assert.Single(JsonDocument.Parse(Cli.Run("runs", "list", "--store", Store, "-f", "json").Out).RootElement.EnumerateArray());
        Assert.Equal(2, Cli.Run("runs", "show", median, "--store", Store).ExitCode);
    }

    [Fact]
    public void Diff_notes_when_the_two_runs_had_different_scenarios()
    {
        var changed = Path.Combine(_folder, "changed.yaml");
        File.WriteAllText(changed, File.ReadAllText(EcCars).Replace("Netherlands: { position: 4", "Netherlands: { position: 5", StringComparison.Ordinal));
        var original = SavedId(Cli.Run("forecast", EcCars, "--store", Store));
        var edited = SavedId(Cli.Run("forecast", changed, "--store", Store));

        var diff = Cli.Run("runs", "diff", original, edited, "--store", Store);

        Assert.Contains($"the scenarios differ (SHA-256 {Sha256(EcCars)[..12]} vs {Sha256(changed)[..12]})", diff.Out);
    }

    [Fact]
    public void Without_a_configured_store_or_with_no_save_nothing_is_saved()
    {
        var result = Cli.Run("forecast", EcCars, "--store", Store, "--no-save");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("saved run", result.Error);
        Assert.False(File.Exists(Store));
    }

    [Theory]
    [InlineData("show", "41")]
    [InlineData("export", "41")]
    [InlineData("delete", "41")]
    [InlineData("diff", "1", "41")]
    public void An_unknown_id_is_bad_input_with_a_clear_message(params string[] command)
    {
        SavedId(Cli.Run("forecast", EcCars, "--store", Store));

        var result = Cli.Run(["runs", .. command, "--store", Store]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: no run 41 in the run store {Store} (see 'entente runs list')", result.Error.TrimEnd());
    }

    [Fact]
    public void An_id_that_is_not_a_number_is_bad_input()
    {
        Assert.Equal(2, Cli.Run("runs", "show", "latest", "--store", Store).ExitCode);
    }

    [Theory]
    [InlineData("runs", "list")]
    [InlineData("runs", "show", "1")]
    [InlineData("forecast", "EC")]
    public void A_corrupt_store_file_is_bad_input_named_in_one_line(params string[] command)
    {
        File.WriteAllText(Store, "not a database\n" + new string('#', 2048));
        var args = command.Select(a => a == "EC" ? EcCars : a).ToArray();

        var result = Cli.Run([.. args, "--store", Store]);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.TrimEnd().Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith($"error: {Store}: ", error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_sweep_or_other_summary_run_has_no_csv_but_a_json_export()
    {
        var id = SaveSweep();

        Assert.Equal(2, Cli.Run("runs", "export", id, "--store", Store, "-f", "csv").ExitCode);
        var json = JsonNode.Parse(Cli.Run("runs", "export", id, "--store", Store).Out)!;
        Assert.Equal(1000, (int)json["summary"]!["trials"]!);
    }

    private string SaveSweep()
    {
        using var store = Entente.Storage.StoreLocation.Open(Store, TimeProvider.System);
        var text = File.ReadAllText(EcCars);
        return store.SaveSummary(Entente.Storage.RunKind.Sweep, new Entente.Storage.RunHeader
        {
            Scenario = new Entente.Storage.ScenarioSource("EC", text),
            Model = "eum",
            CodeVersion = "test",
            StartedAt = TimeProvider.System.GetUtcNow(),
            Elapsed = TimeSpan.FromSeconds(1),
        }, """{"trials":1000}""").ToString(CultureInfo.InvariantCulture);
    }

    private double FinalPosition(string id, string actor)
    {
        var result = JsonNode.Parse(Cli.Run("runs", "export", id, "--store", Store).Out)!["result"]!;
        var rounds = result["issues"]![0]!["rounds"]!.AsArray();
        return (double)rounds[^1]!["positions"]![actor]!;
    }

    private static string SavedId(Cli.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        var match = SavedLine().Match(result.Error);
        Assert.True(match.Success, "forecast should print 'saved run ID' on standard error: " + result.Error);
        return match.Groups[1].Value;
    }

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex(@"saved run (\d+) to ")]
    private static partial Regex SavedLine();
}
