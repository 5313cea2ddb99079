using System.Globalization;
using System.Text;
using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>
/// Every scored case of every backtest row, one line each, for analysis elsewhere (R, pandas, a spreadsheet):
/// <c>row,kind,issue,proposal,outcome,forecast,absoluteError</c>. A row's abstentions have no line; a tuned model's
/// rows have no forecast (their candidate changes from fold to fold), and out of fold the error is the mean over
/// the splits.
/// </summary>
internal static class BacktestCasesCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "row,kind,issue,proposal,outcome,forecast,absoluteError";

    /// <summary>Writes the header and one line per scored case of each row of <paramref name="rows"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<BacktestCase> cases, IReadOnlyList<ErrorSummary> rows)
    {
        writer.WriteLine(Header);
        foreach (var row in rows)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                if (row.CaseErrors[i] is not { } error)
                {
                    continue;
                }
                var forecast = row.CaseForecasts.Count > 0 ? Number(row.CaseForecasts[i]!.Value) : "";
                writer.WriteLine(string.Join(',', Field(row.Name), Field(row.Kind), Field(cases[i].Id), Field(cases[i].Group),
                    Number(cases[i].Outcome), forecast, Number(error)));
            }
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
