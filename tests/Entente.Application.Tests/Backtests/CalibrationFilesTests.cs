using System.Text.Json;

namespace Entente.Application.Tests.Backtests;

/// <summary>Calibration files: written by one backtest, read back to score frozen intervals or to show a forecast's.</summary>
public sealed class CalibrationFilesTests
{
    private static BacktestRequest Request() => new()
    {
        File = Paths.Data("deu/deu3-dev.tsv"),
        Models = ["compromise"],
        Folds = 0,
        Replicates = 50,
    };

    [Fact]
    public async Task A_backtest_scored_with_its_own_calibration_gives_its_in_sample_intervals_without_refitting()
    {
        using var harness = new Harness();
        var first = await harness.Get<BacktestService>().RunAsync(Request());
        var file = Path.Combine(harness.Folder, "calibration.json");
        await File.WriteAllTextAsync(file, first.CalibrationJson);

        var frozen = await harness.Get<BacktestService>().RunAsync(Request() with { Calibration = file });

        var before = first.Rows.Single(r => r.Name == "compromise");
        var after = frozen.Rows.Single(r => r.Name == "compromise");
        Assert.Equal("frozen", after.Distribution!.Calibration);
        Assert.Equal(before.InSampleDistribution!.Crps, after.Distribution.Crps, 9);
        Assert.Equal(before.InSampleDistribution.Intervals, after.Distribution.Intervals);
        // The file holds one residual per case the row forecast: outcome minus forecast.
        var residuals = JsonDocument.Parse(first.CalibrationJson).RootElement.GetProperty("models")[0].GetProperty("residuals")
            .EnumerateArray().Select(r => r.GetDouble()).ToArray();
        Assert.Equal(first.Cases.Select((c, i) => c.Outcome - before.CaseForecasts[i]!.Value), residuals);
    }

    [Fact]
    public void A_file_that_is_not_a_calibration_is_refused_naming_where()
    {
        using var harness = new Harness();
        var junk = Path.Combine(harness.Folder, "junk.json");
        File.WriteAllText(junk, "{\n  \"format\": 3,\n  oops");
        var other = Path.Combine(harness.Folder, "other.json");
        File.WriteAllText(other, "{\"format\": \"something-else\", \"models\": []}");

        var notJson = Assert.Throws<RequestException>(() => CalibrationFiles.Load(junk));
        var wrong = Assert.Throws<RequestException>(() => CalibrationFiles.Load(other));

        Assert.Equal((junk, 3), (notJson.Diagnostics[0].File, notJson.Diagnostics[0].Line));
        Assert.Equal("format", wrong.Diagnostics[0].Field);
        Assert.Throws<RequestException>(() => CalibrationFiles.Load(Path.Combine(harness.Folder, "missing.json")));
    }
}
