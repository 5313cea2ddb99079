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
}
