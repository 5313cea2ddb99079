using System.Text;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// The forecast as a flat table, one row per issue, round and actor, for spreadsheets and R:
/// <c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>, then with a calibration each issue's intervals
/// on each of its rows: <c>low50,high50,low80,high80,low95,high95</c>.
/// </summary>
internal static class ForecastCsv
{
    /// <summary>The forecast table of <paramref name="run"/>, header first.</summary>
    public static string Write(ForecastRun run, CalibratedForecast? calibration = null)
    {
        var text = new StringBuilder("issue,round,actor,position,weightedMean,weightedMedian,forecast");
        if (calibration is not null)
        {
            foreach (var level in CalibratedForecast.Levels)
            {
                var percent = (level * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                text.Append(",low").Append(percent).Append(",high").Append(percent);
            }
        }
        text.Append('\n');
        foreach (var issue in run.Result.Issues)
        {
            var intervals = calibration?.Issues.FirstOrDefault(i => i.IssueId == issue.IssueId)?.Intervals ?? [];
            var tail = string.Concat(intervals.Select(i => "," + CsvText.Exact(i.Low) + "," + CsvText.Exact(i.High)));
            foreach (var round in issue.Rounds)
            {
                foreach (var (actor, position) in round.Positions)
                {
                    text.Append(CsvText.Cell(issue.IssueId)).Append(',')
                        .Append(round.Round).Append(',')
                        .Append(CsvText.Cell(actor)).Append(',')
                        .Append(CsvText.Exact(position)).Append(',')
                        .Append(CsvText.Exact(round.WeightedMean)).Append(',')
                        .Append(CsvText.Exact(round.WeightedMedian)).Append(',')
                        .Append(CsvText.Exact(issue.Forecast)).Append(tail).Append('\n');
                }
            }
        }
        return text.ToString();
    }

}
