using System.Globalization;
using Entente.Application;
using Entente.Simulation.Forecasting;

namespace Entente.Cli.Output;

/// <summary>
/// Each issue's forecast with its frozen conformal intervals: the forecast plus the calibration's residuals, kept
/// on the issue's scale. They hold at their level only for issues like the calibration's (see docs/backtest.md).
/// </summary>
internal static class CalibratedIntervals
{
    public static void Write(CliConsole console, ForecastRun run, CalibrationSet calibrations)
    {
        var calibration = calibrations.For(run.Model)!;
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Intervals calibrated on {calibration.Residuals.Count} outcomes of {calibrations.Source} (capability {calibrations.Capability}, model {calibration.Model}; {calibrations.File}):"));
        foreach (var issue in run.Result.Issues)
        {
            var scale = run.Scenario.Issues.First(i => i.Id == issue.IssueId).Scale;
            var intervals = new[] { 0.5, 0.8, 0.95 }.Select(level =>
            {
                var (low, high) = calibration.Interval(issue.Forecast, level, scale.Min, scale.Max);
                return string.Create(CultureInfo.InvariantCulture, $"{level * 100:0}% {low:0.0} to {high:0.0}");
            });
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {issue.IssueId}: {issue.Forecast:0.0}; {string.Join(", ", intervals)}"));
        }
    }
}
