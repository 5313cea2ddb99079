using System.Diagnostics;
using Entente.Application;

namespace Entente.Cli;

/// <summary>Plain progress lines on standard error, for commands that run several stages (a report).</summary>
internal static class ProgressLines
{
    /// <summary>A line per issue a model starts; <paramref name="finish"/> writes the summary line.</summary>
    public static IProgress<RunProgress> Rounds(CliConsole console, string label, out Action finish)
    {
        var log = new ProgressDisplay.LineObserver(console.Error, label);
        finish = log.Finish;
        return log;
    }

    /// <summary>A line per tenth of the trials; <paramref name="finish"/> writes the summary line.</summary>
    public static IProgress<RunProgress> Trials(CliConsole console, string label, long total, out Action finish)
    {
        var clock = Stopwatch.StartNew();
        finish = () => TrialProgress.Summary(console, label, total, clock);
        return new TrialProgress.TenthsLog(console.Error, label, total, clock);
    }
}
