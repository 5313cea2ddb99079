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
        Distributions(console, models, baseline);
        foreach (var m in models.Where(m => m.Tuning is not null))
        {
            console.Out.WriteLine($"{m.Name}: {m.Tuning}");
        }
    }

    /// <summary>
    /// The second table: each row's predictive distribution (conformal intervals around its point forecasts) and
    /// the smallest paired MAE difference from the baseline the data could detect.
    /// </summary>
    private static void Distributions(CliConsole console, IReadOnlyList<ErrorSummary> models, string? baseline)
    {
        var table = new Table().AddColumns("model", "calibrated", "CRPS", Markup.Escape(baseline is null ? "vs baseline" : "CRPS vs baseline (95%)"),
            "50% cover", "80% cover (width)", "95% cover", "detectable");
        foreach (var m in models.Where(m => m.Distribution is not null))
        {
            var d = m.Distribution!;
            var versus = m.CrpsVersusBaseline is { } c ? $"{D(c.Difference)} ({D(c.Low)} to {D(c.High)})" : "";
            table.AddRow(Markup.Escape(m.Name), d.Calibration, F(d.Crps), versus, P(d.Intervals[0].Coverage),
                $"{P(d.Intervals[1].Coverage)} ({F(d.Intervals[1].MeanWidth)})", P(d.Intervals[2].Coverage),
                m.VersusBaseline is { } v ? F(v.MinimumDetectableEffect) : "");
        }
        console.Out.WriteLine("Predictive distributions: conformal intervals around each row's forecasts (out of fold: CV+, calibrated on the other folds); "
            + (models.Any(m => m.Kind == "noise") ? "input-noise: the spread of a model's forecasts when the coding is perturbed as a sweep does (nothing calibrated); " : "")
            + (models.Any(m => m.Name.StartsWith("mixture@", StringComparison.Ordinal))
                ? "mixture: the eum and compromise distributions mixed, the weight chosen on inner folds, its point the median; " : "")
            + "detectable: the smallest MAE difference from the baseline a paired test would find 80% of the time at this size.");
        FittedTable.Write(console.Rich, table);
    }

    private static string P(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
