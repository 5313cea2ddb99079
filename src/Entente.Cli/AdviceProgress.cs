using Entente.Application;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// A bar over the model runs of an advice search on a terminal. The halving search plans its runs rung by rung, so
/// the bar's length grows as it goes. Redirected, nothing: the command's closing line says what ran.
/// </summary>
internal static class AdviceProgress
{
    public static T Run<T>(CliConsole console, Func<IProgress<RunProgress>?, T> work)
    {
        if (console.Redirected)
        {
            return work(null);
        }
        return LiveProgress.Bars(console, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new Bar(context.AddTask("advise: model runs", maxValue: 1))));
    }

    private sealed class Bar(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Done;
        }
    }
}
