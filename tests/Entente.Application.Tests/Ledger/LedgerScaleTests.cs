using Microsoft.Data.Sqlite;

namespace Entente.Application.Tests.Ledger;

/// <summary>
/// The ledger's calibrated scores are kept on each issue's own scale, stored with the forecast: the 1994 cars
/// case is coded on 0-10, where a 0-100 assumption would let the intervals run past the scale's end. A run saved
/// before scales were stored takes its scale from its scenario text, and one whose text no longer parses is left
/// out of the CRPS and coverage, counted.
/// </summary>
public sealed class LedgerScaleTests
{
    // Residuals (outcome − forecast) of a made-up calibration: the +30 lands past 10 and must be clamped to the scale.
    private static readonly double[] Residuals = [-3, -1, 0.5, 2, 30];

    private const double Outcome = 9;

    [Fact]
    public async Task The_crps_and_coverage_of_a_graded_forecast_use_the_scale_stored_with_it()
    {
        using var harness = new Harness();
        var (forecast, report) = await GradedReport(harness, alter: null);

        Assert.Equal(1, report.Calibrated);
        Assert.Equal(0, report.ScaleFromScenario);
        Assert.Equal(0, report.Unscaled);
        Assert.Equal(ExpectedCrps(forecast, 0, 10), report.Crps, 12);
        // On 0-100 the +30 residual would stay at forecast + 30: a different, wrong figure.
        Assert.NotEqual(ExpectedCrps(forecast, 0, 100), report.Crps, 6);
        Assert.Equal(1.0, report.Coverage80);
    }

    [Fact]
    public async Task A_run_saved_without_scales_takes_them_from_its_scenario_text()
    {
        using var harness = new Harness();
        var (forecast, report) = await GradedReport(harness, "UPDATE issue_forecasts SET scale_min = NULL, scale_max = NULL");

        Assert.Equal(1, report.Calibrated);
        Assert.Equal(1, report.ScaleFromScenario);
        Assert.Equal(ExpectedCrps(forecast, 0, 10), report.Crps, 12);
    }

    [Fact]
    public async Task A_run_without_scales_whose_scenario_no_longer_parses_is_scored_by_mae_only_and_counted()
    {
        using var harness = new Harness();
        var (forecast, report) = await GradedReport(harness,
            "UPDATE issue_forecasts SET scale_min = NULL, scale_max = NULL; UPDATE runs SET scenario_text = 'issues: [ {'");

        Assert.Equal(1, report.Issues);
        Assert.Equal(Math.Abs(forecast - Outcome), report.Mae, 12);
        Assert.Equal(0, report.Calibrated);
        Assert.Equal(1, report.Unscaled);
        Assert.True(double.IsNaN(report.Crps));
    }

    /// <summary>Saves, seals and grades a compromise forecast of the cars case, alters its rows, and reports with a calibration.</summary>
    private static async Task<(double Forecast, LedgerReport Report)> GradedReport(Harness harness, string? alter)
    {
        var saved = await harness.Get<ForecastService>().RunAsync(new ForecastRequest
        {
            Scenario = Harness.Example("ec-cars-1994.yaml"), Model = new ModelChoice { Model = "compromise" }, SaveTo = harness.Store,
        });
        var id = saved.Saved!.Id!.Value;
        var issue = saved.Run.Result.Issues[0];
        Assert.Equal(10, saved.Run.Scenario.Issues[0].Scale.Max);
        var calibration = Path.Combine(harness.Folder, "calibration.json");
        await File.WriteAllTextAsync(calibration, "{\"format\":\"entente-calibration-1\",\"source\":\"made up\",\"capability\":\"equal\",\"cases\":5,"
            + $"\"models\":[{{\"name\":\"compromise\",\"residuals\":[{string.Join(",", Residuals.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]}}]}}");
        var ledger = harness.Get<LedgerService>();
        await ledger.RunAsync(new LedgerRequest { Store = harness.Store, Action = LedgerAction.Seal, RunId = id });
        await ledger.RunAsync(new LedgerRequest { Store = harness.Store, Action = LedgerAction.Grade, RunId = id, Outcomes = [$"{issue.IssueId}=9"] });
        if (alter is not null)
        {
            using var connection = new SqliteConnection($"Data Source={harness.Store};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = alter;
            command.ExecuteNonQuery();
        }
        var report = (await ledger.RunAsync(new LedgerRequest { Store = harness.Store, Action = LedgerAction.Report, Calibration = calibration })).Report!;
        return (issue.Forecast, report);
    }

    /// <summary>E|X − y| − ½E|X − X′| over the sample forecast + residual clamped to [min, max], by the double sum.</summary>
    private static double ExpectedCrps(double forecast, double min, double max)
    {
        var sample = Residuals.Select(r => Math.Clamp(forecast + r, min, max)).ToArray();
        var toOutcome = sample.Average(x => Math.Abs(x - Outcome));
        var spread = sample.SelectMany(x => sample.Select(z => Math.Abs(x - z))).Average();
        return toOutcome - spread / 2;
    }
}
