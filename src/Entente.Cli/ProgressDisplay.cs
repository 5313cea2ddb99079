using System.Diagnostics;
using System.Globalization;
using Entente.Application;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// Shows a model's progress through its rounds: a Spectre progress bar on a terminal (cleared at the end), plain
/// log lines on standard error when output is redirected (Spectre draws nothing then); a summary line in both.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(CliConsole console, string label, int issues, Func<IProgress<RunProgress>, T> work)
    {
        if (console.Redirected)
        {
            var log = new LineObserver(console.Error, label);
            var result = work(log);
            log.Finish();
            return result;
        }

        // The bar is cleared at the end; a quiet log of the same run writes the summary line a log would end with.
        var summary = new LineObserver(console.Error, label, perIssue: false);
        var outcome = LiveProgress.Bars(console, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(1, issues));
                var bar = new BarObserver(task);
                return work(new Both(bar, summary));
            });
        summary.Finish();
        return outcome;
    }

    private sealed class Both(IProgress<RunProgress> first, IProgress<RunProgress> second) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            first.Report(value);
            second.Report(value);
        }
    }

    private sealed class BarObserver(ProgressTask task) : IProgress<RunProgress>
    {
        private readonly HashSet<string> _issues = new(StringComparer.Ordinal);

        public void Report(RunProgress value)
        {
            if (value is { Issue: null, Round: { } everywhere })
            {
                task.Value = task.MaxValue;
                task.Description = $"all {value.Total} issues: round {everywhere}";
                return;
            }
            if (value is not { Issue: { } issueId, Round: { } round })
            {
                return;
            }
            // An issue counts as done once the model has moved on to another one for the first time.
            if (_issues.Add(issueId))
            {
                task.Value = Math.Min(task.MaxValue, _issues.Count - 1);
            }
            task.Description = $"{Markup.Escape(issueId)}: round {round}";
        }
    }

    internal sealed class LineObserver(TextWriter error, string label, bool perIssue = true) : IProgress<RunProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        // Models that run issues in step (or rerun them to explain a forecast) revisit an issue many
        // times; a log line per new issue is what a reader of a log file wants.
        private readonly HashSet<string> _issues = new(StringComparer.Ordinal);
        private int _rounds;
        private long _together; // issues run together by a model whose rounds span them all

        public void Report(RunProgress value)
        {
            if (value is { Issue: null, Round: not null })
            {
                if (_together == 0 && perIssue)
                {
                    error.WriteLine($"{label}: all {value.Total} issues together");
                }
                _together = value.Total;
                _rounds++;
                return;
            }
            if (value.Issue is not { } issueId)
            {
                return;
            }
            if (_issues.Add(issueId) && perIssue)
            {
                error.WriteLine($"{label}: issue '{issueId}'");
            }
            _rounds++;
        }

        public void Finish()
        {
            if (_rounds > 0)
            {
                var issues = _together > 0 ? _together : _issues.Count;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {issues} {(issues == 1 ? "issue" : "issues")}, {_rounds} {(_rounds == 1 ? "round" : "rounds")} in {_clock.Elapsed.TotalSeconds:F2} s"));
            }
        }
    }
}
