using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>
/// The backtest's scores, one row per model:
/// <c>model,kind,mae,maeLow,maeHigh,vsBaseline,vsBaselineLow,vsBaselineHigh,medianError,within10,n,proposals,calibration,crps,
/// crpsVsBaseline,crpsVsBaselineLow,crpsVsBaselineHigh,coverage50,coverage80,coverage95,width50,width80,width95,detectable</c>.
/// (Every scored case: <c>--cases</c>.)
/// </summary>
internal static class BacktestCsv
{
    public static string Write(IReadOnlyList<ErrorSummary> rows)
    {
        var csv = new TableCsv("model", "kind", "mae", "maeLow", "maeHigh", "vsBaseline", "vsBaselineLow", "vsBaselineHigh", "medianError", "within10", "n", "proposals",
            "calibration", "crps", "crpsVsBaseline", "crpsVsBaselineLow", "crpsVsBaselineHigh", "coverage50", "coverage80", "coverage95", "width50", "width80", "width95", "detectable");
        foreach (var m in rows)
        {
            var d = m.Distribution;
            csv.Row(m.Name, m.Kind, m.Mae, m.MaeLow, m.MaeHigh, m.VersusBaseline?.Difference, m.VersusBaseline?.Low, m.VersusBaseline?.High,
                m.MedianError, m.Within10, m.N, m.Proposals, d?.Calibration, d?.Crps, m.CrpsVersusBaseline?.Difference, m.CrpsVersusBaseline?.Low,
                m.CrpsVersusBaseline?.High, d?.Intervals[0].Coverage, d?.Intervals[1].Coverage, d?.Intervals[2].Coverage,
                d?.Intervals[0].MeanWidth, d?.Intervals[1].MeanWidth, d?.Intervals[2].MeanWidth, m.VersusBaseline?.MinimumDetectableEffect);
        }
        return csv.ToString();
    }
}
