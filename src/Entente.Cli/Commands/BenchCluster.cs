using System.CommandLine;
using System.Globalization;
using Entente.Cluster;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench cluster [--actors N] [-n N] [--range-size R] [--silos S]</c>: trials per second of an EUM sweep of a
/// generated issue here and on 1…S silos on this machine, and what one range costs on a cluster.
/// </summary>
internal static class BenchCluster
{
    public static Command Create(CliConsole console)
    {
        var actors = new Option<int>("--actors") { Description = "Actors of the generated issue.", DefaultValueFactory = _ => 100 };
        var trials = new Option<long>("--trials", "-n") { Description = "Trials per timed run.", DefaultValueFactory = _ => 48 };
        var rangeSize = new Option<long>("--range-size") { Description = "Trials per range.", DefaultValueFactory = _ => 4 };
        var silos = new Option<int>("--silos") { Description = "Time clusters of 1 to this many silos (in this process, on loopback).", DefaultValueFactory = _ => 3 };
        var command = new Command("cluster", "Trials per second of an EUM sweep here and on 1, 2, 3 silos of this machine, and the cost of one range.")
        {
            actors, trials, rangeSize, silos,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(actors) < 2 || parse.GetValue(trials) < 1 || parse.GetValue(rangeSize) < 1 || parse.GetValue(silos) < 1)
            {
                console.Error.WriteLine("error: --actors must be at least 2, and --trials, --range-size and --silos positive");
                return ExitCodes.BadInput;
            }
            var log = new Progress<string>(line => console.Error.WriteLine("bench cluster: " + line));
            var result = CliProblems.Wait(ClusterBench.MeasureAsync(parse.GetValue(actors), parse.GetValue(trials), parse.GetValue(rangeSize), parse.GetValue(silos), log));
            var output = console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"EUM sweep of a generated {result.Actors}-actor issue, {result.Trials} trials, ranges of {result.RangeSize}, {result.Cores} cores"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  here, one thread:  {result.SingleThreadTrialsPerSecond,8:0.0} trials/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  here, all cores:   {result.LocalTrialsPerSecond,8:0.0} trials/s"));
            foreach (var row in result.Clusters)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {row.Silos} silo{(row.Silos == 1 ? " " : "s")}:           {row.TrialsPerSecond,8:0.0} trials/s ({row.TrialsPerSecond / result.LocalTrialsPerSecond:0.00}x here), identical to here: {(row.Identical ? "yes" : "NO")}"));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  one range costs {result.PerRange.TotalMilliseconds:0.00} ms beyond its trials: ranges under {Math.Ceiling(result.BreakEvenRangeSize):0} trials of this sweep spend more on overhead than on trials"));
            return result.Clusters.All(r => r.Identical) ? ExitCodes.Success : ExitCodes.InternalError;
        });
        return command;
    }
}
