using System.Globalization;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// <c>forecast --calibration FILE</c> in every format: the JSON document's <c>calibration</c> and the CSV's interval
/// columns hold the split-conformal intervals recomputed here from the file's residuals (DEU III development split,
/// compromise model, equal capabilities) on the Paris case's 0-100 issues.
/// </summary>
public sealed class ForecastCalibrationTests : IDisposable
{
    private static readonly string Dev = RepoPaths.Data("deu/deu3-dev.tsv");
    private static readonly string Paris = RepoPaths.Root + "/examples/cop21-paris-2015.yaml";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"entente-calibration-{Guid.NewGuid():N}.json");

    public ForecastCalibrationTests()
    {
        Assert.Equal(0, Cli.Run("backtest", Dev, "-m", "compromise", "--folds", "0", "--replicates", "20", "--calibrate", _file).ExitCode);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Json_carries_each_issue_s_intervals_computed_from_the_file_s_residuals()
    {
        var result = Cli.Run("forecast", Paris, "-m", "compromise", "--format", "json", "--calibration", _file);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("table format only", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        var calibration = json.RootElement.GetProperty("calibration");
        Assert.Equal("compromise", calibration.GetProperty("model").GetString());
        Assert.Equal(247, calibration.GetProperty("cases").GetInt32());
        Assert.Equal("equal", calibration.GetProperty("capability").GetString());
        var issues = calibration.GetProperty("issues").EnumerateArray().ToArray();
        Assert.Equal(json.RootElement.GetProperty("issues").GetArrayLength(), issues.Length);
        var residuals = Residuals();
        foreach (var issue in issues)
        {
            var forecast = issue.GetProperty("forecast").GetDouble();
            var intervals = issue.GetProperty("intervals").EnumerateArray().ToArray();
            Assert.Equal([0.5, 0.8, 0.95], intervals.Select(i => i.GetProperty("level").GetDouble()));
            foreach (var interval in intervals)
            {
                var (low, high) = Expected(residuals, forecast, interval.GetProperty("level").GetDouble());
                Assert.Equal(low, interval.GetProperty("low").GetDouble(), 12);
                Assert.Equal(high, interval.GetProperty("high").GetDouble(), 12);
            }
        }
    }

    [Fact]
    public void Csv_adds_the_intervals_of_each_row_s_issue()
    {
        var result = Cli.Run("forecast", Paris, "-m", "compromise", "--format", "csv", "--calibration", _file);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("issue,round,actor,position,weightedMean,weightedMedian,forecast,low50,high50,low80,high80,low95,high95", lines[0]);
        var residuals = Residuals();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            Assert.Equal(13, cells.Length);
            var forecast = double.Parse(cells[6], CultureInfo.InvariantCulture);
            var levels = new[] { 0.5, 0.8, 0.95 };
            for (var l = 0; l < 3; l++)
            {
                var (low, high) = Expected(residuals, forecast, levels[l]);
                Assert.Equal(low, double.Parse(cells[7 + 2 * l], CultureInfo.InvariantCulture), 12);
                Assert.Equal(high, double.Parse(cells[8 + 2 * l], CultureInfo.InvariantCulture), 12);
            }
        }
        // Without a calibration the CSV keeps its seven columns.
        var plain = Cli.Run("forecast", Paris, "-m", "compromise", "--format", "csv");
        Assert.Equal("issue,round,actor,position,weightedMean,weightedMedian,forecast", plain.Out.Split('\n')[0]);
    }

    private double[] Residuals()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_file));
        return [.. json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "compromise")
            .GetProperty("residuals").EnumerateArray().Select(r => r.GetDouble())];
    }

    /// <summary>Split conformal on 0-100: the ⌊(α/2)(n+1)⌋-th and ⌈(1−α/2)(n+1)⌉-th of forecast + residual, clamped.</summary>
    private static (double Low, double High) Expected(double[] residuals, double forecast, double level)
    {
        var sample = residuals.Select(r => Math.Clamp(forecast + r, 0, 100)).Order().ToArray();
        var n = sample.Length;
        var alpha = 1 - level;
        var lowRank = (int)Math.Floor(alpha / 2 * (n + 1) + 1e-9);
        var highRank = (int)Math.Ceiling((1 - alpha / 2) * (n + 1) - 1e-9);
        return (lowRank >= 1 ? sample[lowRank - 1] : 0, highRank <= n ? sample[highRank - 1] : 100);
    }
}
