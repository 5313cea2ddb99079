using System.Globalization;
using Entente.Application;

namespace Entente.Cli.Output;

/// <summary>
/// Each issue's forecast with its frozen conformal intervals: the forecast plus the calibration's residuals, kept
/// on the issue's scale. They hold at their level only for issues like the calibration's (see docs/backtest.md).
/// </summary>
internal static class CalibratedIntervals
{
    public static void Write(CliConsole console, CalibratedForecast calibrated)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Intervals calibrated on {calibrated.Cases} outcomes of {calibrated.Source} (capability {calibrated.Capability}, model {calibrated.Model}; {calibrated.File}):"));
        foreach (var issue in calibrated.Issues)
        {
            var intervals = issue.Intervals.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Level * 100:0}% {i.Low:0.0} to {i.High:0.0}"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {issue.IssueId}: {issue.Forecast:0.0}; {string.Join(", ", intervals)}"));
        }
    }
}
