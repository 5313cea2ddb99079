using System.Globalization;
using System.Text.Json;
using Entente.Simulation.Backtest;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// The backtest as a table or as <c>{ file, capability, folds, seed, replicates, n, models: [ { name, kind,
/// mae, maeLow, maeHigh, medianError, within10, n, proposals, tuning, versusBaseline: { baseline, difference,
/// low, high } } ] }</c>; names never change.
/// </summary>
internal static class BacktestReport
{
    public static string Json(string file, CapabilityScheme capability, BacktestOptions options, int cases, IReadOnlyList<ErrorSummary> models) =>
        JsonSerializer.Serialize(new
        {
            file,
            capability,
            folds = options.Folds,
            repeats = options.Repeats,
            seed = options.Seed,
            replicates = options.Replicates,
            n = cases,
            models = models.Select(m => new
            {
                name = m.Name,
                kind = m.Kind,
                mae = m.Mae,
                maeLow = m.MaeLow,
                maeHigh = m.MaeHigh,
                medianError = m.MedianError,
                within10 = m.Within10,
                n = m.N,
                proposals = m.Proposals,
                tuning = m.Tuning,
                versusBaseline = m.VersusBaseline is { } d ? new { baseline = d.Baseline, difference = d.Difference, low = d.Low, high = d.High } : null,
            }),
        }, ForecastJson.Options);

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
        console.Rich.Write(table);
        foreach (var m in models.Where(m => m.Tuning is not null))
        {
            console.Out.WriteLine($"{m.Name}: {m.Tuning}");
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
