using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>
/// The backtest's scores, one row per model:
/// <c>model,kind,mae,maeLow,maeHigh,vsBaseline,vsBaselineLow,vsBaselineHigh,medianError,within10,n,proposals</c>.
/// (Every scored case: <c>--cases</c>.)
/// </summary>
internal static class BacktestCsv
{
    public static string Write(IReadOnlyList<ErrorSummary> rows)
    {
        var csv = new TableCsv("model", "kind", "mae", "maeLow", "maeHigh", "vsBaseline", "vsBaselineLow", "vsBaselineHigh", "medianError", "within10", "n", "proposals");
        foreach (var m in rows)
        {
            csv.Row(m.Name, m.Kind, m.Mae, m.MaeLow, m.MaeHigh, m.VersusBaseline?.Difference, m.VersusBaseline?.Low, m.VersusBaseline?.High,
                m.MedianError, m.Within10, m.N, m.Proposals);
        }
        return csv.ToString();
    }
}
