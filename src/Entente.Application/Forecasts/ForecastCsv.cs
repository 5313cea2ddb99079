using System.Text;
using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>
/// The forecast as a flat table, one row per issue, round and actor, for spreadsheets and R:
/// <c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>.
/// </summary>
internal static class ForecastCsv
{
    /// <summary>The forecast table of <paramref name="run"/>, header first.</summary>
    public static string Write(ForecastRun run)
    {
        var text = new StringBuilder("issue,round,actor,position,weightedMean,weightedMedian,forecast\n");
        foreach (var issue in run.Result.Issues)
        {
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
                        .Append(CsvText.Exact(issue.Forecast)).Append('\n');
                }
            }
        }
        return text.ToString();
    }

}
