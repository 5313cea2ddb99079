using Entente.Simulation.Backtest.Honest;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// A forecast's frozen conformal intervals (<c>forecast --calibration FILE</c>): per issue, the forecast plus the
/// calibration's residuals, kept on the issue's scale, at 50%, 80% and 95%. They hold at their level only for
/// issues like the calibration's (see docs/backtest.md).
/// </summary>
/// <param name="File">The calibration file.</param>
/// <param name="Source">The table its backtest scored.</param>
/// <param name="Capability">The capability scheme of that backtest.</param>
/// <param name="Model">The calibrated row the intervals come from.</param>
/// <param name="Cases">How many outcomes (residuals) calibrate them.</param>
/// <param name="Issues">One entry per issue, in the forecast's order.</param>
public sealed record CalibratedForecast(string File, string Source, string Capability, string Model, int Cases, IReadOnlyList<IssueIntervals> Issues)
{
    /// <summary>The levels given, in order.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.5, 0.8, 0.95];

    /// <summary>The intervals of <paramref name="run"/> from <paramref name="calibrations"/>; null when the file does not cover the run's model.</summary>
    public static CalibratedForecast? Of(ForecastRun run, CalibrationSet calibrations)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(calibrations);
        if (calibrations.For(run.Model) is not { } calibration)
        {
            return null;
        }
        var issues = run.Result.Issues.Select(issue =>
        {
            var scale = run.Scenario.FindIssue(issue.IssueId)!.Scale;
            return new IssueIntervals(issue.IssueId, issue.Forecast, [.. Levels.Select(level =>
            {
                var (low, high) = calibration.Interval(issue.Forecast, level, scale.Min, scale.Max);
                return new ForecastInterval(level, low, high);
            })]);
        }).ToArray();
        return new CalibratedForecast(calibrations.File, calibrations.Source, calibrations.Capability, calibration.Model, calibration.Residuals.Count, issues);
    }
}

/// <summary>One issue's forecast and its calibrated intervals.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Forecast">The point forecast.</param>
/// <param name="Intervals">One per level of <see cref="CalibratedForecast.Levels"/>.</param>
public sealed record IssueIntervals(string IssueId, double Forecast, IReadOnlyList<ForecastInterval> Intervals);

/// <summary>A calibrated interval.</summary>
/// <param name="Level">The nominal coverage, such as 0.8.</param>
/// <param name="Low">Its lower end, on the issue's scale.</param>
/// <param name="High">Its upper end.</param>
public sealed record ForecastInterval(double Level, double Low, double High);
