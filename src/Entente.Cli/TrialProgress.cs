using System.Diagnostics;
using Entente.Application;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// Progress of a sweep in trials: a Spectre bar with trials per second on a terminal (cleared at the end), a
/// plain line per tenth of the work on standard error when output is redirected; a summary line in both.
/// </summary>
internal static class TrialProgress
{
    public static T Run<T>(CliConsole console, string label, long total, Func<IProgress<RunProgress>, T> work)
    {
        if (console.Redirected)
        {
            var clock = Stopwatch.StartNew();
            var lines = new TenthsLog(console.Error, label, total, clock);
            var result = work(lines);
            Summary(console, label, total, clock);
            return result;
        }
        var started = Stopwatch.StartNew();
        var outcome = LiveProgress.Bars(console, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedlessRateColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total);
                return work(new Bar(task));
            });
        // The bar is gone; what it measured stays, as in a log.
        Summary(console, label, total, started);
        return outcome;
    }

    public static void Summary(CliConsole console, string label, long total, Stopwatch clock) =>
        console.Error.WriteLine($"{label}: {total} trials in {clock.Elapsed.TotalSeconds:F2} s ({total / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} trials/s)");

    internal sealed class TenthsLog(TextWriter error, string label, long total, Stopwatch clock) : IProgress<RunProgress>
    {
        private int _reported;

        public void Report(RunProgress progress)
        {
            var value = progress.Done;
            var tenth = (int)(10 * value / Math.Max(total, 1));
            if (tenth <= Volatile.Read(ref _reported) || tenth >= 10)
            {
                return;
            }
            lock (this)
            {
                if (tenth > _reported)
                {
                    _reported = tenth;
                    error.WriteLine($"{label}: {value}/{total} trials ({value / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} trials/s)");
                }
            }
        }
    }

    private sealed class Bar(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => task.Value = value.Done;
    }

    /// <summary>Trials per second, from Spectre's own speed estimate.</summary>
    private sealed class TransferSpeedlessRateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:F0} trials/s" : "");
    }
}
