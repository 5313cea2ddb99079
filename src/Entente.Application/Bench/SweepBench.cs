using Entente.Domain;
using Entente.Models.Common;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application.Bench;

/// <summary>Trials per second of a sweep, on one thread and on all cores, for <c>entente bench sweep</c>.</summary>
public static class SweepBench
{
    /// <summary>Times <paramref name="trials"/> trials of <paramref name="scenario"/> under <paramref name="model"/> single-threaded, then on all cores.</summary>
    public static SweepBenchResult Measure(Scenario scenario, string model, long trials, NoiseSettings noise, ulong seed = 1)
    {
        var plan = new SweepPlan { Scenario = scenario, Model = model, Trials = trials, Seed = seed, Noise = noise };
        // A short run first, so that the timed runs measure compiled code, not the JIT.
        new CpuTrialExecutor(1).Run(plan with { Trials = Math.Min(trials, 2000) });
        var single = new CpuTrialExecutor(1).Run(plan);
        var parallel = new CpuTrialExecutor().Run(plan);
        return new SweepBenchResult(scenario.Name, model, trials, Environment.ProcessorCount,
            single.TrialsPerSecond, parallel.TrialsPerSecond, single.Issues.SequenceEqual(parallel.Issues));
    }

    /// <summary>
    /// A generated scenario: <paramref name="actors"/> actors on <paramref name="issues"/> issues on 0-100, every
    /// actor on every issue, positions uniform, saliences and capabilities uniform on 0.1-1, from <paramref name="seed"/>.
    /// </summary>
    public static Scenario Generated(int actors, int issues, ulong seed = 1)
    {
        var random = new CounterRandom(seed, 0);
        var actorList = Enumerable.Range(0, actors)
            .Select(a => new Actor { Id = $"A{a:D4}", Name = $"A{a:D4}", Capability = 0.1 + 0.9 * random.NextDouble() })
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

/// <summary>What <see cref="SweepBench.Measure"/> found.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Model">Model.</param>
/// <param name="Trials">Trials per timed run.</param>
/// <param name="Cores">Cores available.</param>
/// <param name="SingleThreadTrialsPerSecond">Rate on one thread.</param>
/// <param name="AllCoresTrialsPerSecond">Rate on all cores.</param>
/// <param name="Identical">Whether both runs gave identical distributions (they must).</param>
public sealed record SweepBenchResult(string Scenario, string Model, long Trials, int Cores, double SingleThreadTrialsPerSecond, double AllCoresTrialsPerSecond, bool Identical);
