using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>backtest --noise-trials N</c>: each model's distribution from input noise, a row of its own, and its options checked.</summary>
public class BacktestNoiseTests
{
    private static readonly string Dev = RepoPaths.Data("deu/deu3-dev.tsv");

    [Fact]
    public void Noise_rows_follow_their_model_in_json_with_the_noise_used()
    {
        var result = Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "20", "--noise-trials", "5",
            "--position-noise", "0.1", "--salience-noise", "0", "--capability-noise", "0", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var noise = json.RootElement.GetProperty("noise");
        Assert.Equal((5, 0.1, 0.0, 0.0), (noise.GetProperty("trials").GetInt32(), noise.GetProperty("position").GetDouble(),
            noise.GetProperty("salience").GetDouble(), noise.GetProperty("capability").GetDouble()));
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(["compromise", "compromise@noise", "reference-point", "commission-position", "midpoint"], models.Select(m => m.GetProperty("name").GetString()));
        var row = models[1];
        Assert.Equal("noise", row.GetProperty("kind").GetString());
        Assert.Equal("input-noise", row.GetProperty("distribution").GetProperty("calibration").GetString());
        Assert.Equal(models[0].GetProperty("mae").GetDouble(), row.GetProperty("mae").GetDouble());
        // Five trials cannot support a 95% interval by the conformal ranks: it is the whole scale.
        Assert.Equal(100, row.GetProperty("distribution").GetProperty("intervals")[2].GetProperty("meanWidth").GetDouble(), 9);
    }

    [Fact]
    public void Without_noise_trials_there_is_no_noise_row_and_bad_noise_options_exit_2_naming_them()
    {
        var plain = Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "20", "--format", "json");
        var negative = Cli.Run("backtest", Dev, "--noise-trials", "-1");
        var badSigma = Cli.Run("backtest", Dev, "--noise-trials", "10", "--position-noise", "-0.5");

        using var json = JsonDocument.Parse(plain.Out);
        Assert.False(json.RootElement.TryGetProperty("noise", out _));
        Assert.DoesNotContain(json.RootElement.GetProperty("models").EnumerateArray(), m => m.GetProperty("kind").GetString() == "noise");
        Assert.Equal(2, negative.ExitCode);
        Assert.Contains("--noise-trials", negative.Error, StringComparison.Ordinal);
        Assert.Equal(2, badSigma.ExitCode);
        Assert.Contains("--position-noise", badSigma.Error, StringComparison.Ordinal);
    }
}
