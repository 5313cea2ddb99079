using System.Text;
using Entente.Simulation.Forecasting;

namespace Entente.Cli.Output;

/// <summary>
/// The forecast as a flat table, one row per issue, round and actor, for spreadsheets and R:
/// <c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>.
/// </summary>
internal static class ForecastCsv
{
    public static string Write(ForecastRun run)
    {
        var text = new StringBuilder("issue,round,actor,position,weightedMean,weightedMedian,forecast\n");
        foreach (var issue in run.Result.Issues)
        {
            foreach (var round in issue.Rounds)
            {
                foreach (var (actor, position) in round.Positions)
                {
                    text.Append(Cell(issue.IssueId)).Append(',')
                        .Append(round.Round).Append(',')
                        .Append(Cell(actor)).Append(',')
                        .Append(Numbers.Exact(position)).Append(',')
                        .Append(Numbers.Exact(round.WeightedMean)).Append(',')
                        .Append(Numbers.Exact(round.WeightedMedian)).Append(',')
                        .Append(Numbers.Exact(issue.Forecast)).Append('\n');
                }
            }
        }
        return text.ToString();
    }

    /// <summary>RFC 4180 quoting: ids may hold commas and quotes.</summary>
    private static string Cell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
