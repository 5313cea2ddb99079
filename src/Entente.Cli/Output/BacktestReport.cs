using System.Globalization;
using Entente.Simulation.Backtest;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The backtest as a table; its JSON is the application layer's <c>BacktestDocument</c>.</summary>
internal static class BacktestReport
{
    public static void Table(CliConsole console, string file, CapabilityScheme capability, BacktestOptions options, int cases, IReadOnlyList<ErrorSummary> models)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backtest of {file}: {cases} issues with known outcomes, capability {capability}, {options.Folds}-fold cross-validation by proposal over {options.Repeats} splits, 95% intervals from {options.Replicates} bootstrap resamples of proposals (seed {options.Seed})"));
        var baseline = models.Select(m => m.VersusBaseline?.Baseline).FirstOrDefault(b => b is not null);
        var table = new Table().AddColumns("model", "kind", "MAE", "95% interval", Markup.Escape(baseline is null ? "vs baseline" : $"vs {baseline} (95%)"), "median error", "within 10", "n", "proposals");
        foreach (var m in models)
        {
            var versus = m.VersusBaseline is { } d ? $"{D(d.Difference)} ({D(d.Low)} to {D(d.High)})" : "";
            table.AddRow(
                Markup.Escape(m.Name), m.Kind, F(m.Mae), $"{F(m.MaeLow)} - {F(m.MaeHigh)}", versus, F(m.MedianError),
                string.Create(CultureInfo.InvariantCulture, $"{m.Within10:P0}"), m.N.ToString(CultureInfo.InvariantCulture),
                m.Proposals.ToString(CultureInfo.InvariantCulture));
        }
        FittedTable.Write(console.Rich, table);
        foreach (var m in models.Where(m => m.Tuning is not null))
        {
            console.Out.WriteLine($"{m.Name}: {m.Tuning}");
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
