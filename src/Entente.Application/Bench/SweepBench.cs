using Entente.Domain;
using Entente.Models.Common;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application.Bench;

/// <summary>Trials per second of a sweep, on one thread and on all cores, for <c>entente bench sweep</c>.</summary>
public static class SweepBench
{
    /// <summary>
    /// Times <paramref name="trials"/> trials of <paramref name="scenario"/> under <paramref name="model"/> on one thread
    /// and on all cores, <paramref name="repeats"/> times each, alternating, after an untimed warm-up of both: so
    /// the JIT's first tier, a cold cache or a neighbour's burst of work cannot make one side look faster.
    /// </summary>
    public static SweepBenchResult Measure(Scenario scenario, string model, long trials, NoiseSettings noise, ulong seed = 1, int repeats = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var plan = new SweepPlan { Scenario = scenario, Model = model, Trials = trials, Seed = seed, Noise = noise };
        var one = new CpuTrialExecutor(1);
        var all = new CpuTrialExecutor();
        // Untimed runs of both until the code has been compiled at its final tier.
        for (var w = 0; w < 3; w++)
        {
            one.Run(plan with { Trials = Math.Min(trials, 5000) });
            all.Run(plan with { Trials = Math.Min(trials, 5000) });
        }
        var singleRates = new List<double>();
        var parallelRates = new List<double>();
        var identical = true;
        for (var r = 0; r < repeats; r++)
        {
            var single = one.Run(plan);
            var parallel = all.Run(plan);
            singleRates.Add(single.TrialsPerSecond);
            parallelRates.Add(parallel.TrialsPerSecond);
            identical &= single.Issues.SequenceEqual(parallel.Issues);
        }
        return new SweepBenchResult(scenario.Name, model, trials, Environment.ProcessorCount, singleRates, parallelRates, identical);
    }

    /// <summary>
    /// A generated scenario: <paramref name="actors"/> actors on <paramref name="issues"/> issues on 0-100, every
    /// actor on every issue, positions uniform, saliences uniform on 0.1-1, capabilities uniform on 0.1-1 (or from
    /// <paramref name="capabilityLow"/> over a width of <paramref name="capabilityWidth"/>), from <paramref name="seed"/>.
    /// </summary>
    public static Scenario Generated(int actors, int issues, ulong seed = 1, double capabilityLow = 0.1, double capabilityWidth = 0.9)
    {
        var random = new CounterRandom(seed, 0);
        var actorList = Enumerable.Range(0, actors)
            .Select(a => new Actor { Id = $"A{a:D4}", Name = $"A{a:D4}", Capability = capabilityLow + capabilityWidth * random.NextDouble() })
            .ToArray();
        var issueList = Enumerable.Range(0, issues).Select(i => new Issue { Id = $"I{i}", Name = $"I{i}", Scale = IssueScale.Percent }).ToArray();
        var stances = new List<Stance>();
        foreach (var issue in issueList)
        {
            foreach (var actor in actorList)
            {
                stances.Add(new Stance { ActorId = actor.Id, IssueId = issue.Id, Position = 100 * random.NextDouble(), Salience = 0.1 + 0.9 * random.NextDouble() });
            }
        }
        return new Scenario
        {
            Name = $"generated {actors} actors x {issues} issues",
            Actors = new ValueList<Actor>(actorList),
            Issues = new ValueList<Issue>(issueList),
            Stances = new ValueList<Stance>(stances),
        };
    }
}

/// <summary>What <see cref="SweepBench.Measure"/> found: every timed run's rate, in the order they ran.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Model">Model.</param>
/// <param name="Trials">Trials per timed run.</param>
/// <param name="Cores">Cores available.</param>
/// <param name="SingleThreadRates">Trials per second of each run on one thread.</param>
/// <param name="AllCoresRates">Trials per second of each run on all cores.</param>
/// <param name="Identical">Whether every pair of runs gave identical distributions (they must).</param>
public sealed record SweepBenchResult(
    string Scenario, string Model, long Trials, int Cores, IReadOnlyList<double> SingleThreadRates, IReadOnlyList<double> AllCoresRates, bool Identical)
{
    /// <summary>The median rate on one thread.</summary>
    public double SingleThreadTrialsPerSecond => Median(SingleThreadRates);

    /// <summary>The median rate on all cores.</summary>
    public double AllCoresTrialsPerSecond => Median(AllCoresRates);

    /// <summary>The speed-up of the medians.</summary>
    public double SpeedUp => AllCoresTrialsPerSecond / SingleThreadTrialsPerSecond;

    /// <summary>The lowest and highest speed-up of the runs taken in pairs (each all-cores run over the one-thread run before it).</summary>
    public (double Low, double High) SpeedUpRange
    {
        get
        {
            var ratios = SingleThreadRates.Zip(AllCoresRates, (one, all) => all / one).ToList();
            return (ratios.Min(), ratios.Max());
        }
    }

    /// <summary>
    /// True when the speed-up is above the number of cores, which work on that many cores cannot be: the timing
    /// was disturbed (other load, frequency scaling), and the figures should not be quoted.
    /// </summary>
    public bool Implausible => SpeedUp > Cores * 1.05;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
