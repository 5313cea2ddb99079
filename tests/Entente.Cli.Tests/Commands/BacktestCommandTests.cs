using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public class BacktestCommandTests
{
    private static readonly string Dev = RepoPaths.Data("deu/deu3-dev.tsv");

    [Fact]
    public void Json_lists_each_model_and_reference_with_the_agreed_fields()
    {
        var result = Cli.Run("backtest", Dev, "--model", "compromise", "--folds", "0", "--replicates", "200", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(["compromise", "reference-point", "commission-position", "midpoint"], models.Select(m => m.GetProperty("name").GetString()));
        foreach (var model in models)
        {
            foreach (var field in new[] { "mae", "maeLow", "maeHigh", "medianError", "within10" })
            {
                Assert.Equal(JsonValueKind.Number, model.GetProperty(field).ValueKind);
            }
            Assert.True(model.GetProperty("n").GetInt32() > 0);
            Assert.InRange(model.GetProperty("mae").GetDouble(), model.GetProperty("maeLow").GetDouble(), model.GetProperty("maeHigh").GetDouble());
        }
        Assert.Equal(24.8, models[0].GetProperty("mae").GetDouble(), 0.1);
        Assert.Equal(247, models[0].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Json_adds_each_rows_distribution_and_its_paired_CRPS_keeping_the_old_fields()
    {
        var result = Cli.Run("backtest", Dev, "--model", "compromise", "--folds", "5", "--repeats", "1", "--replicates", "200", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetProperty("innerFolds").GetInt32());
        var compromise = json.RootElement.GetProperty("models")[0];
        Assert.Equal(24.8, compromise.GetProperty("mae").GetDouble(), 0.1);
        var distribution = compromise.GetProperty("distribution");
        Assert.Equal("out-of-fold", distribution.GetProperty("calibration").GetString());
        Assert.Equal("in-sample", compromise.GetProperty("inSampleDistribution").GetProperty("calibration").GetString());
        var intervals = distribution.GetProperty("intervals").EnumerateArray().ToArray();
        Assert.Equal([0.5, 0.8, 0.95], intervals.Select(i => i.GetProperty("level").GetDouble()));
        Assert.All(intervals, i => Assert.InRange(i.GetProperty("coverage").GetDouble(), i.GetProperty("level").GetDouble() - 0.1, 1));
        Assert.Equal(intervals.Select(i => i.GetProperty("meanWidth").GetDouble()).Order(), intervals.Select(i => i.GetProperty("meanWidth").GetDouble()));
        // A CRPS is at most the mean distance to the outcome of a distribution centred near the forecast: below the MAE here.
        Assert.InRange(distribution.GetProperty("crps").GetDouble(), 1, compromise.GetProperty("mae").GetDouble());
        // The compromise model against itself: no difference in either score, and a positive detectable effect.
        Assert.Equal(0, compromise.GetProperty("versusBaselineCrps").GetProperty("difference").GetDouble(), 12);
        Assert.Equal(0, compromise.GetProperty("versusBaseline").GetProperty("difference").GetDouble(), 12);
        Assert.Equal(0, compromise.GetProperty("versusBaseline").GetProperty("minimumDetectableEffect").GetDouble(), 12);
        var midpoint = json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "midpoint");
        Assert.True(midpoint.GetProperty("versusBaseline").GetProperty("minimumDetectableEffect").GetDouble() > 0.5);
    }

    [Fact]
    public void A_tuned_model_is_reported_in_sample_and_out_of_fold()
    {
        var result = Cli.Run("backtest", Dev, "-m", "institutional", "--folds", "5", "--replicates", "100", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var names = json.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToArray();
        Assert.Contains("institutional@in-sample", names);
        Assert.Contains("institutional@out-of-fold", names);
    }

    [Fact]
    public void Every_row_carries_its_paired_difference_from_the_baseline_unless_none_is_asked()
    {
        var result = Cli.Run("backtest", Dev, "-m", "compromise", "-m", "power-compromise", "--capability", "votes", "--folds", "0", "--replicates", "200", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        var baseline = JsonDocument.Parse(Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "50", "--format", "json").Out)
            .RootElement.GetProperty("models")[0].GetProperty("mae").GetDouble();
        foreach (var (name, row) in models.Where(m => m.Value.GetProperty("kind").GetString() == "model"))
        {
            var versus = row.GetProperty("versusBaseline");
            Assert.Equal("compromise (equal)", versus.GetProperty("baseline").GetString());
            Assert.Equal(row.GetProperty("mae").GetDouble() - baseline, versus.GetProperty("difference").GetDouble(), 9);
            Assert.InRange(versus.GetProperty("difference").GetDouble(), versus.GetProperty("low").GetDouble(), versus.GetProperty("high").GetDouble());
        }

        var none = Cli.Run("backtest", Dev, "-m", "median", "--baseline", "none", "--folds", "0", "--replicates", "50", "--format", "json");
        Assert.Equal(0, none.ExitCode);
        Assert.False(JsonDocument.Parse(none.Out).RootElement.GetProperty("models")[0].TryGetProperty("versusBaseline", out _));
    }

    [Fact]
    public void Model_options_reach_every_scored_model_and_bad_ones_exit_2()
    {
        double Mae(params string[] extra) => JsonDocument.Parse(Cli.Run(["backtest", Dev, "-m", "power-compromise", "--capability", "votes", "--folds", "0", "--replicates", "20", "--format", "json", .. extra]).Out)
            .RootElement.GetProperty("models")[0].GetProperty("mae").GetDouble();
        // γ = 1 turns the model into the compromise on Council voting power, a figure of its own scheme.
        var compromiseOnPower = JsonDocument.Parse(Cli.Run("backtest", Dev, "-m", "compromise", "--capability", "voting-power", "--folds", "0", "--replicates", "20", "--format", "json").Out)
            .RootElement.GetProperty("models")[0].GetProperty("mae").GetDouble();
        Assert.Equal(compromiseOnPower, Mae("--option", "salience-exponent=1"), 9);
        Assert.NotEqual(Mae(), Mae("--option", "index=shapley-shubik"));
        Assert.Equal(2, Cli.Run("backtest", Dev, "-m", "power-compromise", "--option", "index=penrose").ExitCode);
        Assert.Equal(2, Cli.Run("backtest", Dev, "-m", "power-compromise", "--option", "index").ExitCode);
    }

    [Fact]
    public void An_unknown_voting_rule_exits_2_at_its_cell_and_skipping_bad_rows_scores_the_rest()
    {
        var lines = File.ReadAllLines(Dev);
        var column = lines[0].Split('\t').Select(h => h.Trim('"')).ToList().IndexOf("counvte");
        string Row(int line, string code) => string.Join('\t', lines[line - 1].Split('\t').Select((c, i) => i == column ? code : c));
        lines[2] = Row(3, "QMV(10)");
        lines[3] = Row(4, "majority");
        var file = Path.Combine(Path.GetTempPath(), $"entente-held-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(file, lines);
        try
        {
            var refused = Cli.Run("backtest", file, "-m", "compromise", "--folds", "0", "--replicates", "20");
            var cell = string.Join('\t', lines[3].Split('\t').Take(column)).Length + 2;
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"{file}:4:{cell}: error: counvte: 'majority' is not a Council voting rule", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", refused.Error, StringComparison.Ordinal);

            var skipped = Cli.Run("backtest", file, "-m", "compromise", "--folds", "0", "--replicates", "20", "--skip-bad-rows", "--format", "json");
            Assert.Equal(0, skipped.ExitCode);
            Assert.Contains($"warning: {file}:3:", skipped.Error, StringComparison.Ordinal);
            Assert.Contains("'QMV(10)' read as QMV", skipped.Error, StringComparison.Ordinal);
            Assert.Contains($"warning: skipped {file}:4:{cell}: counvte: 'majority'", skipped.Error, StringComparison.Ordinal);
            Assert.Contains("skipped 1 row with errors (line 4)", skipped.Error, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(skipped.Out);
            Assert.Equal(246, json.RootElement.GetProperty("n").GetInt32());
            Assert.Equal(4, json.RootElement.GetProperty("skipped")[0].GetProperty("line").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_calibration_file_gives_a_forecast_its_intervals_and_a_missing_model_exits_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-calibration-{Guid.NewGuid():N}.json");
        try
        {
            var backtest = Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "20", "--calibrate", file);
            Assert.Equal(0, backtest.ExitCode);
            Assert.Contains($"wrote the calibration to {file}", backtest.Error, StringComparison.Ordinal);

            var forecast = Cli.Run("forecast", RepoPaths.Root + "/examples/ec-cars-1994.yaml", "-m", "compromise", "--summary", "--calibration", file);
            Assert.Equal(0, forecast.ExitCode);
            Assert.Contains("Intervals calibrated on 247 outcomes", forecast.Out, StringComparison.Ordinal);
            Assert.Matches(@"80% \d+\.\d to \d+\.\d", forecast.Out);

            var missing = Cli.Run("forecast", RepoPaths.Root + "/examples/ec-cars-1994.yaml", "-m", "eum", "--calibration", file);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("no calibration for model 'eum'", missing.Error, StringComparison.Ordinal);
            Assert.Equal(2, Cli.Run("backtest", Dev, "-m", "compromise", "--calibrate", Dev).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_bad_baseline_or_repeat_count_exits_2()
    {
        Assert.Equal(2, Cli.Run("backtest", Dev, "--baseline", "compromize").ExitCode);
        Assert.Equal(2, Cli.Run("backtest", Dev, "--baseline-capability", "wealth").ExitCode);
        Assert.Equal(2, Cli.Run("backtest", Dev, "--repeats", "0").ExitCode);
    }

    [Fact]
    public void A_file_that_is_not_a_DEU_table_exits_2_with_its_location()
    {
        var result = Cli.Run("backtest", RepoPaths.Data("reference/scholz-ec-cars/actors.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("actors.csv:1:1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_an_unknown_model_or_scheme_exits_2()
    {
        Assert.Equal(2, Cli.Run("backtest", "no-such-file.tsv").ExitCode);
        Assert.Equal(2, Cli.Run("backtest", Dev, "-m", "compromize").ExitCode);
        Assert.Equal(2, Cli.Run("backtest", Dev, "--capability", "wealth").ExitCode);
    }

    [Fact]
    public void One_proposal_converts_to_a_scenario_that_the_bundled_example_is()
    {
        var result = Cli.Run("convert", Dev, "--proposal", "d00032");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Example("eu-2001-access-to-documents.yaml")), result.Out);

        var forecast = Cli.Run("forecast", RepoPaths.Example("eu-2001-access-to-documents.yaml"), "--model", "power-compromise", "--format", "json");
        Assert.Equal(0, forecast.ExitCode);
        using var json = JsonDocument.Parse(forecast.Out);
        Assert.Equal(4, json.RootElement.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public void An_unknown_proposal_exits_2_with_the_nearest_one()
    {
        var result = Cli.Run("convert", Dev, "--proposal", "d00033");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no proposal 'd00033'", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecasting_a_DEU_table_points_to_backtest()
    {
        var result = Cli.Run("forecast", Dev);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("entente backtest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cases_file_gives_every_scored_issue_of_every_row_with_its_forecast_and_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-cases-{Guid.NewGuid():N}.csv");
        try
        {
            var result = Cli.Run("backtest", Dev, "-m", "compromise", "-m", "power-compromise", "--folds", "5", "--repeats", "2", "--replicates", "20",
                "--format", "json", "--cases", path);

            Assert.Equal(0, result.ExitCode);
            var lines = File.ReadAllLines(path);
            Assert.Equal("row,kind,issue,proposal,outcome,forecast,absoluteError", lines[0]);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            double Cell(string text) => double.Parse(text, CultureInfo.InvariantCulture);
            using var json = JsonDocument.Parse(result.Out);
            foreach (var model in json.RootElement.GetProperty("models").EnumerateArray())
            {
                var mine = rows.Where(r => r[0] == model.GetProperty("name").GetString()).ToArray();
                Assert.Equal(model.GetProperty("n").GetInt32(), mine.Length);
                Assert.Equal(model.GetProperty("mae").GetDouble(), mine.Average(r => Cell(r[6])), 9);
                Assert.All(mine.Where(r => r[5].Length > 0), r => Assert.Equal(Math.Abs(Cell(r[5]) - Cell(r[4])), Cell(r[6]), 12));
            }
            Assert.All(rows.Where(r => r[1] is "out-of-fold" or "in-sample"), r => Assert.Equal("", r[5]));
            Assert.Equal(180, rows.Count(r => r[0] == "reference-point"));

            // The compromise forecast of the table's first issue, from its cells: the salience-weighted mean of the
            // positions taken, a position without a salience counting at 50 (the importer's convention).
            var table = File.ReadAllLines(Dev).Select(l => l.Split('\t').Select(c => c.Trim('"')).ToArray()).ToArray();
            var header = table[0];
            var first = table[2];
            double weighted = 0, total = 0;
            foreach (var column in header.Select((h, i) => (h, i)).Where(c => (c.h.Length == 3 && c.h[0] == 'p') || c.h == "pcom"))
            {
                var position = first[column.i];
                if (position.Length == 0)
                {
                    continue;
                }
                var salienceText = first[Array.IndexOf(header, "s" + column.h[1..])];
                var salience = salienceText.Length == 0 ? 50 : Cell(salienceText);
                weighted += salience * Cell(position);
                total += salience;
            }
            var compromiseOfFirst = rows.Single(r => r[0] == "compromise" && r[2] == first[Array.IndexOf(header, "isnr")]);
            Assert.Equal(weighted / total, Cell(compromiseOfFirst[5]), 9);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cases_file_that_cannot_be_written_is_bad_input()
    {
        var result = Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "10", "--cases", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "cases.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write the cases", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_influence_model_is_refitted_by_nested_cross_validation_its_penalty_chosen_inside()
    {
        var result = Cli.Run("backtest", Dev, "-m", "influence-compromise", "--capability", "votes", "--folds", "5", "--repeats", "1",
            "--replicates", "20", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        var inSample = rows["influence-compromise@in-sample"];
        var outOfFold = rows["influence-compromise@out-of-fold"];
        Assert.StartsWith("fitted on all cases: penalty ", inSample.GetProperty("tuning").GetString(), StringComparison.Ordinal);
        // Each of the 5 outer folds chose a penalty on its own inner folds.
        var choices = System.Text.RegularExpressions.Regex.Matches(outOfFold.GetProperty("tuning").GetString()!, @"in (\d+) of 5 folds");
        Assert.Equal(5, choices.Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Equal("out-of-fold", outOfFold.GetProperty("distribution").GetProperty("calibration").GetString());
        Assert.True(outOfFold.GetProperty("mae").GetDouble() > inSample.GetProperty("mae").GetDouble());
    }
}
