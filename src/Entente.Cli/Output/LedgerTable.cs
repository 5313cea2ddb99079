using System.Globalization;
using Entente.Application;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The ledger report as a table of entries and a line of scores.</summary>
internal static class LedgerTable
{
    public static void Write(CliConsole console, LedgerReport report, string location)
    {
        var table = new Table().AddColumns("run", "sealed (UTC)", "graded (UTC)", "outcomes", "note");
        foreach (var e in report.Entries)
        {
            table.AddRow(
                e.RunId.ToString(CultureInfo.InvariantCulture),
                e.SealedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                e.GradedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "not yet",
                e.Outcomes.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(e.Note ?? ""));
        }
        console.Out.WriteLine($"Forecast ledger of {location}: {report.Entries.Count} sealed, {report.Entries.Count(e => e.GradedAt is not null)} graded");
        FittedTable.Write(console.Rich, table);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Issues} graded issues: MAE {N(report.Mae)}, CRPS {N(report.Crps)}{(report.Calibrated > 0 ? $" ({report.Calibrated} calibrated)" : " (point forecasts: give --calibration for distributions)")}, "
            + $"80% coverage {(double.IsNaN(report.Coverage80) ? "n/a" : report.Coverage80.ToString("0%", CultureInfo.InvariantCulture))}; "
            + $"Brier score {N(report.Brier)} over {report.Events} agreement and escalation events"));
        if (report.ScaleFromScenario > 0)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.ScaleFromScenario} calibrated issues come from runs saved before scales were stored: their scales were read from the runs' scenario text"));
        }
        if (report.Unscaled > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warning: {report.Unscaled} graded issues have no stored scale and their runs' scenario text does not parse: left out of the CRPS and the coverage (their MAE counts)"));
        }
    }

    private static string N(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.00", CultureInfo.InvariantCulture);
}
