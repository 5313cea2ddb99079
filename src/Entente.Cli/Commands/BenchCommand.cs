using System.CommandLine;
using System.Globalization;
using Entente.Simulation.Bench;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench eum --actors N --rounds R</c>: rounds per second of a model on a seeded random issue,
/// the fast algorithm against the naive oracle in the same process, so the ratio is a fair comparison.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Command("bench", "Measure the speed of a model on a generated scenario.");
        bench.Subcommands.Add(Eum(console));
        return bench;
    }

    private static Command Eum(CliConsole console)
    {
        var actors = new Option<int>("--actors", "-n") { Description = "Number of actors.", DefaultValueFactory = _ => 1000 };
        var rounds = new Option<int>("--rounds", "-r") { Description = "Rounds to time.", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the generated issue.", DefaultValueFactory = _ => 1 };
        var naiveLimit = new Option<int>("--naive-limit")
        {
            Description = "Run the naive O(n³) form only up to this many actors.",
            DefaultValueFactory = _ => ExpectedUtilityBench.DefaultNaiveLimit,
        };
        var command = new Command("eum", "Rounds per second of the expected utility model (bdm), fast against naive, on one thread.")
        {
            actors, rounds, seed, naiveLimit,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(actors);
            var r = parse.GetValue(rounds);
            if (n < 2 || r < 1)
            {
                console.Error.WriteLine("error: --actors must be at least 2 and --rounds at least 1");
                return ExitCodes.BadInput;
            }
            console.Error.WriteLine($"bench eum: {n} actors, {r} rounds (warming up, then timing)...");
            var result = ExpectedUtilityBench.Measure(n, r, parse.GetValue(seed), parse.GetValue(naiveLimit));
            var naive = result.NaiveRoundsPerSecond is { } rate
                ? string.Create(CultureInfo.InvariantCulture, $"{rate:0.###} rounds/s ({1000 / rate:0.###} ms/round, over {result.NaiveRounds} rounds)")
                : "skipped";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"eum bdm, {result.Actors} actors, {result.Rounds} rounds on one thread"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  fast : {result.FastRoundsPerSecond:0.###} rounds/s ({1000 / result.FastRoundsPerSecond:0.###} ms/round)"));
            console.Out.WriteLine($"  naive: {naive}");
            console.Out.WriteLine(result.Ratio is { } ratio
                ? string.Create(CultureInfo.InvariantCulture, $"  fast/naive: {ratio:0.#}x")
                : "  fast/naive: n/a");
            return ExitCodes.Success;
        });
        return command;
    }
}
