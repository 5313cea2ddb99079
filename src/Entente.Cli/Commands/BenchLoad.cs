using System.CommandLine;
using System.Globalization;
using Entente.Application.Bench;

namespace Entente.Cli.Commands;

/// <summary><c>entente bench load --actors N</c>: reading and validating a generated scenario of many actors.</summary>
internal static class BenchLoad
{
    public static Command Create(CliConsole console)
    {
        var actors = new Option<int>("--actors", "-a") { Description = "Actors in the generated scenario.", DefaultValueFactory = _ => 100_000 };
        var issues = new Option<int>("--issues") { Description = "Issues in the generated YAML scenario (an actor table has one).", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format", "-f") { Description = "The generated file's format.", DefaultValueFactory = _ => "yaml", HelpName = "yaml|table" };
        format.AcceptOnlyFromAmong([.. LoadBench.Formats]);
        var repeats = new Option<int>("--repeats") { Description = "Timed loads (the median is reported).", DefaultValueFactory = _ => 5 };
        var command = new Command("load", $"Time reading and validating a generated scenario of many actors (target: 100,000 actors in under {LoadBench.TargetSeconds} s).")
        {
            actors, issues, format, repeats,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(actors);
            var m = parse.GetValue(issues);
            var r = parse.GetValue(repeats);
            if (n < 2 || m < 1 || r < 1)
            {
                console.Error.WriteLine("error: --actors must be at least 2, --issues and --repeats at least 1");
                return ExitCodes.BadInput;
            }
            console.Error.WriteLine($"bench load: {n} actors, {m} issue(s), {parse.GetValue(format)} (warming up, then timing {r} loads)...");
            var result = LoadBench.Measure(n, m, parse.GetValue(format)!, r);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load + validate, {result.Format}, {result.Actors} actors x {result.Issues} issue(s), {result.Bytes / 1e6:0.#} MB"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  median {result.Median:0.###} s (of {result.Seconds.Count}: {string.Join(", ", result.Seconds.Select(s => s.ToString("0.###", CultureInfo.InvariantCulture)))}); processor time median {result.MedianCpu:0.###} s"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.Actors / result.Median:0} actors/s; target for 100,000 actors: under {LoadBench.TargetSeconds} s"));
            return ExitCodes.Success;
        });
        return command;
    }
}
