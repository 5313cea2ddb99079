using System.Globalization;
using Entente.Application.Bench;

namespace Entente.Cli.Output;

/// <summary><c>bench sweep</c>'s line: median rates with their spread, the speed-up with its range, and a warning when it cannot be right.</summary>
internal static class SweepBenchText
{
    public static string Line(SweepBenchResult r)
    {
        var (low, high) = r.SpeedUpRange;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{r.Scenario} ({r.Model}, {r.Trials} trials, median of {r.SingleThreadRates.Count} alternating runs): " +
            $"one thread {r.SingleThreadTrialsPerSecond:0} trials/s ({r.SingleThreadRates.Min():0}-{r.SingleThreadRates.Max():0}), " +
            $"{r.Cores} cores {r.AllCoresTrialsPerSecond:0} trials/s ({r.AllCoresRates.Min():0}-{r.AllCoresRates.Max():0}), " +
            $"speed-up {r.SpeedUp:0.00}x ({low:0.00}-{high:0.00}), results identical: {(r.Identical ? "yes" : "NO")}");
        return r.Implausible
            ? text + string.Create(CultureInfo.InvariantCulture, $"; warning: a speed-up above {r.Cores} cores means the timing was disturbed (other load?): rerun with more --repeats")
            : text;
    }
}
