using System.CommandLine;
using System.Globalization;
using Entente.Application.Bench;
using Entente.Cli.Output;

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
        bench.Subcommands.Add(Sweep(console));
        bench.Subcommands.Add(Smp(console));
        bench.Subcommands.Add(Diplomacy(console));
        bench.Subcommands.Add(Advise(console));
        bench.Subcommands.Add(BenchWeb.Create(console));
        bench.Subcommands.Add(BenchStartup.Create(console));
        bench.Subcommands.Add(BenchCluster.Create(console));
        bench.Subcommands.Add(BenchGpu.Create(console));
        bench.Subcommands.Add(BenchLoad.Create(console));
        bench.Subcommands.Add(BenchExchange.Create(console));
        return bench;
    }

    private const int DefaultActors = 200;

    private static Command Smp(CliConsole console)
    {
        var files = new Argument<string[]>("scenarios")
        {
            Description = "KTAB inputs or scenarios to run to convergence (default: none, and a generated 200-actor scenario is timed instead).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var actors = new Option<int?>("--actors", "-a") { Description = $"Also time turns of a generated scenario with this many actors (with no scenarios: {DefaultActors})." };
        var dimensions = new Option<int>("--dimensions", "-d") { Description = "Dimensions of the generated scenario.", DefaultValueFactory = _ => 3 };
        var turns = new Option<int>("--turns") { Description = "Turns to time on the generated scenario.", DefaultValueFactory = _ => 1 };
        var command = new Command("smp", "Time the spatial model: whole runs of given scenarios, and turns of a generated one.") { files, actors, dimensions, turns };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            // Nothing named: time the generated scenario, so the bare command does something useful.
            var generated = parse.GetValue(actors) ?? (paths.Length == 0 ? DefaultActors : null);
            foreach (var path in paths)
            {
                var document = ScenarioInput.Load(path, console);
                if (document is null)
                {
                    return ExitCodes.BadInput;
                }
                var result = SpatialBench.Measure(document.Scenario);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(path)}: {result.Actors} actors x {result.Dimensions} dims, {result.Turns} turns in {result.TotalSeconds:0.000} s ({result.SecondsPerTurn:0.0000} s/turn; {result.StoppingReason})"));
            }
            if (generated is { } n)
            {
                if (n < 2 || parse.GetValue(dimensions) < 1 || parse.GetValue(turns) < 1)
                {
                    console.Error.WriteLine("error: --actors at least 2, --dimensions and --turns at least 1");
                    return ExitCodes.BadInput;
                }
                var result = SpatialBench.Measure(n, parse.GetValue(dimensions), parse.GetValue(turns));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated: {result.Actors} actors x {result.Dimensions} dims, {result.Turns} turns in {result.TotalSeconds:0.000} s ({result.SecondsPerTurn:0.0000} s/turn) on {Environment.ProcessorCount} cores"));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Sweep(CliConsole console)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "Scenario to sweep; default: the EC cars example and a generated 100-actor, 5-issue scenario.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var model = new Option<string>("--model", "-m") { Description = "Model.", DefaultValueFactory = _ => Models.ModelCatalog.DefaultModel };
        var trials = new Option<long>("--trials", "-n") { Description = "Trials per timed run.", DefaultValueFactory = _ => 100_000 };
        var repeats = new Option<int>("--repeats") { Description = "Timed runs of each kind, alternating; the medians are reported with their spread.", DefaultValueFactory = _ => 5 };
        var command = new Command("sweep", "Trials per second of a Monte Carlo sweep, on one thread and on all cores (after a warm-up; alternating runs; medians and spread).") { scenario, model, trials, repeats };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(trials);
            if (n < 1)
            {
                console.Error.WriteLine("error: --trials must be positive");
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(repeats) < 1)
            {
                console.Error.WriteLine("error: --repeats must be at least 1");
                return ExitCodes.BadInput;
            }
            var scenarios = new List<Domain.Scenario>();
            if (parse.GetValue(scenario) is { } path)
            {
                var document = ScenarioInput.Load(path, console);
                if (document is null)
                {
                    return ExitCodes.BadInput;
                }
                scenarios.Add(document.Scenario);
            }
            else
            {
                var example = Path.Combine(AppContext.BaseDirectory, "examples", "ec-cars-1994.yaml");
                if (File.Exists(example) && ScenarioInput.Load(example, console) is { } cars)
                {
                    scenarios.Add(cars.Scenario);
                }
                scenarios.Add(SweepBench.Generated(100, 5));
            }
            var noise = new Simulation.MonteCarlo.NoiseSettings { Position = 0.05, Salience = 0.1, Capability = 0.1 };
            try
            {
                foreach (var s in scenarios)
                {
                    console.Error.WriteLine($"bench sweep: {s.Name}, {n} trials, {parse.GetValue(repeats)} timed runs of each after a warm-up...");
                    var result = SweepBench.Measure(s, parse.GetValue(model)!, n, noise, repeats: parse.GetValue(repeats));
                    console.Out.WriteLine(SweepBenchText.Line(result));
                }
            }
            catch (Models.ModelOptionsException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Eum(CliConsole console)
    {
        var actors = new Option<int>("--actors", "-a") { Description = "Number of actors.", DefaultValueFactory = _ => 1000 };
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

    private static Command Diplomacy(CliConsole console)
    {
        var files = new Argument<string[]>("scenario") { Description = "Scenarios to time as well (e.g. the Korea cases).", Arity = ArgumentArity.ZeroOrMore };
        // -n is the trial count in every command; --runs, its first name here, still works.
        var runs = new Option<int>("--trials", "-n", "--runs") { Description = "Runs (Monte Carlo trials) per timing.", DefaultValueFactory = _ => 20 };
        var warmUp = new Option<double>("--warm-up") { Description = "Seconds of untimed trials before each timing, for the JIT to settle.", DefaultValueFactory = _ => DiplomacyBench.DefaultWarmUp.TotalSeconds };
        var command = new Command("diplomacy",
            "Time the diplomacy layer on one thread: the 50-actor, 10-issue, 50-round case and a 12-actor, 6-issue, 30-round one (generated), and any scenarios given.") { files, runs, warmUp };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(runs);
            if (n < 1)
            {
                console.Error.WriteLine("error: --trials must be positive");
                return ExitCodes.BadInput;
            }
            var seconds = parse.GetValue(warmUp);
            if (!(seconds >= 0 && seconds <= 600))
            {
                console.Error.WriteLine("error: --warm-up must be a number of seconds from 0 to 600");
                return ExitCodes.BadInput;
            }
            var warm = TimeSpan.FromSeconds(seconds);
            var results = new List<DiplomacyBenchResult>();
            foreach (var path in parse.GetValue(files) ?? [])
            {
                var document = ScenarioInput.Load(path, console);
                if (document is null)
                {
                    return ExitCodes.BadInput;
                }
                console.Error.WriteLine($"bench diplomacy: {document.Scenario.Name}, {n} runs...");
                results.Add(DiplomacyBench.Measure(document.Scenario, null, n, warmUp: warm));
            }
            foreach (var (actors, issues, rounds, count) in new[] { (12, 6, 30, n), (50, 10, 50, Math.Max(1, n / 10)) })
            {
                console.Error.WriteLine($"bench diplomacy: generated {actors} actors x {issues} issues, {rounds} rounds, {count} runs...");
                results.Add(DiplomacyBench.Measure(actors, issues, rounds, count, warmUp: warm));
            }
            foreach (var r in results)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Scenario}: {r.Actors} actors, {r.Issues} issues, {r.Rounds} rounds: {r.MillisecondsWithLayer:0.00} ms a run with the layer, "
                    + $"{r.MillisecondsBaseModel:0.00} ms the base model alone, the layer {r.MillisecondsLayer:0.00} ms ({r.Runs} runs after {seconds:0.#} s of warm-up, one thread)"));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Advise(CliConsole console)
    {
        var trials = new Option<int>("--trials", "-n") { Description = "Paired trials per fully evaluated lever.", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds", "-r") { Description = "The most rounds of each run.", DefaultValueFactory = _ => 10 };
        var actors = new Option<int>("--actors") { Description = "Actors of the generated case.", DefaultValueFactory = _ => 12 };
        var issues = new Option<int>("--issues") { Description = "Issues of the generated case.", DefaultValueFactory = _ => 6 };
        var budget = new Option<int>("--budget", "-b") { Description = "The most levers carried to the full trials.", DefaultValueFactory = _ => Simulation.Advice.AdviceSettings.DefaultBudget };
        var command = new Command("advise",
            "Time the full advice (every lever family, halving search) for the first actor of a generated diplomacy case, on every core.")
            { trials, rounds, actors, issues, budget };
        command.SetAction(parse =>
        {
            var (n, r, a, i, b) = (parse.GetValue(trials), parse.GetValue(rounds), parse.GetValue(actors), parse.GetValue(issues), parse.GetValue(budget));
            if (n < 1 || r < 1 || a < 4 || i < 3 || b < 1)
            {
                console.Error.WriteLine("error: --trials, --rounds and --budget must be positive, --actors at least 4 and --issues at least 3");
                return ExitCodes.BadInput;
            }
            console.Error.WriteLine($"bench advise: generated {a} actors x {i} issues, {r} rounds, {n} trials per lever...");
            var result = AdviceBench.Measure(a, i, r, n, b);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Scenario}: {result.Candidates} candidates, {result.Runs} model runs ({result.Trials} trials per lever, {result.Rounds} rounds) "
                + $"in {result.Seconds:0.0} s on {Environment.ProcessorCount} cores, {result.CpuSeconds:0.0} s of CPU ({result.Families}); "
                + $"GC pauses {result.GcPauseSeconds:0.0} s, JIT {result.JitSeconds:0.0} s, {result.AllocatedBytes / (double)Math.Max(1, result.Runs) / 1e6:0.00} MB allocated a run"));
            return ExitCodes.Success;
        });
        return command;
    }
}
