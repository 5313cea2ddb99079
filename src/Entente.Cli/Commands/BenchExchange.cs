using System.CommandLine;
using System.Globalization;
using Entente.Application.Bench;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench exchange --issues 100 200 400</c>: seconds of a whole exchange-model run on generated
/// scenarios, the incremental round against the full sort (the baseline) in the same process.
/// </summary>
internal static class BenchExchange
{
    public static Command Create(CliConsole console)
    {
        // No -n: that letter means --trials in every command.
        var issues = new Option<int[]>("--issues")
        {
            Description = "Issue counts of the generated scenarios.",
            DefaultValueFactory = _ => [.. ExchangeBench.DefaultIssues],
            AllowMultipleArgumentsPerToken = true,
        };
        var actors = new Option<int>("--actors", "-a") { Description = "Actors in each generated scenario.", DefaultValueFactory = _ => ExchangeBench.DefaultActors };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the generated scenarios.", DefaultValueFactory = _ => 1 };
        var baselineLimit = new Option<int>("--baseline-limit")
        {
            Description = "Run the full sort (the baseline) only up to this many issues.",
            DefaultValueFactory = _ => ExchangeBench.DefaultBaselineLimit,
        };
        var command = new Command("exchange",
            $"Time the exchange model on generated scenarios, incremental against the full sort, on one thread (target: {ExchangeBench.TargetIssues} issues in under {ExchangeBench.TargetSeconds} s).")
        {
            issues, actors, seed, baselineLimit,
        };
        command.SetAction(parse =>
        {
            var counts = parse.GetValue(issues) ?? [];
            var a = parse.GetValue(actors);
            if (counts.Length == 0 || counts.Any(n => n < 2) || a < 2)
            {
                console.Error.WriteLine("error: --issues must name counts of at least 2, and --actors must be at least 2");
                return ExitCodes.BadInput;
            }
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exchange model, {a} actors, at most 10 rounds, one thread; seconds of a whole run"));
            console.Out.WriteLine(ExchangeBenchText.Header);
            var identical = true;
            foreach (var n in counts)
            {
                console.Error.WriteLine($"bench exchange: {n} issues...");
                var result = ExchangeBench.Measure(n, a, parse.GetValue(baselineLimit), parse.GetValue(seed));
                console.Out.WriteLine(ExchangeBenchText.Row(result));
                identical &= string.IsNullOrEmpty(result.Difference);
                if (!string.IsNullOrEmpty(result.Difference))
                {
                    console.Error.WriteLine($"error: the incremental round differs from the full sort at {n} issues: {result.Difference}");
                }
            }
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target: {ExchangeBench.TargetIssues} issues in under {ExchangeBench.TargetSeconds} s on one core of an idle machine"));
            return identical ? ExitCodes.Success : ExitCodes.InternalError;
        });
        return command;
    }
}
