using System.Diagnostics;
using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models;

namespace Entente.Application.Bench;

/// <summary>
/// The diplomacy layer's cost per run, for <c>entente bench diplomacy</c> (specification §19): a generated case with
/// claims of every kind, a unilateral issue with leverage, a negotiation with sides and a deadline, and escalation on
/// every pair, run for a fixed number of rounds; the layer's own cost is the run's time less the base model's on
/// the same scenario.
/// </summary>
public static class DiplomacyBench
{
    /// <summary>
    /// How long each model runs untimed trials first. The JIT compiles a method quickly (tier 0), then again with the
    /// profile it gathered, in the background, after a quiet spell; until that has settled a run costs two to three
    /// times what it costs in a long Monte Carlo. Twenty warm-up runs, as before, left most of it inside the timing.
    /// </summary>
    public static readonly TimeSpan DefaultWarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Times <paramref name="runs"/> runs (trial draws) of the generated case on one thread.</summary>
    public static DiplomacyBenchResult Measure(int actors, int issues, int rounds, int runs, ulong seed = 1, TimeSpan? warmUp = null)
    {
        var scenario = Generated(actors, issues, seed);
        return Measure(scenario, rounds, runs, seed, warmUp);
    }

    /// <summary>
    /// Times <paramref name="runs"/> runs of <paramref name="scenario"/>, each a Monte Carlo trial, on one thread, after
    /// <paramref name="warmUp"/> (default <see cref="DefaultWarmUp"/>) of untimed trials of each model.
    /// </summary>
    public static DiplomacyBenchResult Measure(Scenario scenario, int? rounds, int runs, ulong seed = 1, TimeSpan? warmUp = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(runs);
        // The file's own options (a case's round limit, say) for both, as a forecast of it would run.
        var options = scenario.Model?.Options.Where(o => !o.Name.Equals("explain", StringComparison.OrdinalIgnoreCase)).ToArray() ?? [];
        var layer = ModelCatalog.Create("eum-diplomacy", options);
        var baseModel = ModelCatalog.Create("eum", options);
        var plain = scenario with { Strategic = null, Perceptions = [], Signals = [], Commitments = [], Coalitions = [], Timeline = [] };
        double Time(IBargainingModel model, Scenario s)
        {
            // Warm up until the JIT's tiered compilation has settled, on trials not timed (their stage games are other
            // games: the timed trials still meet and solve their own).
            var warming = Stopwatch.StartNew();
            for (var w = 0; w < Math.Clamp(runs, 3, 20) || (warming.Elapsed < (warmUp ?? DefaultWarmUp) && w < 100_000); w++)
            {
                model.Run(s, new ModelRunContext { Seed = seed, Trial = ulong.MaxValue - (ulong)w, Rounds = rounds });
            }
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < runs; n++)
            {
                model.Run(s, new ModelRunContext { Seed = seed, Trial = (ulong)n + 1, Rounds = rounds });
            }
            return clock.Elapsed.TotalMilliseconds / runs;
        }
        var withLayer = Time(layer, scenario);
        var baseOnly = Time(baseModel, plain);
        var rounded = layer.Run(scenario, new ModelRunContext { Seed = seed, Trial = 1, Rounds = rounds }).Issues.Max(i => i.Rounds.Count - 1);
        return new DiplomacyBenchResult(scenario.Name, scenario.Actors.Count, scenario.Issues.Count, rounded, runs, withLayer, baseOnly);
    }

    /// <summary>
    /// A generated case: <paramref name="actors"/> actors on <paramref name="issues"/> issues (0-100); the last issue is
    /// decided by the first actor, whom the second pulls through leverage; one claim on each other issue, the kinds in
    /// turn (public threat, leaked credit, private promise, public report, stand); a negotiation between two sides on
    /// the first two issues with a deadline at round 10; escalation watched on every pair.
    /// </summary>
    public static Scenario Generated(int actors, int issues, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(issues, 3);
        var scenario = SweepBench.Generated(actors, issues, seed) with { Name = $"generated diplomacy {actors} actors x {issues} issues" };
        string A(int k) => scenario.Actors[k % actors].Id;
        string I(int k) => scenario.Issues[k % issues].Id;
        // One claim per issue, the kinds in turn: a public threat, a leaked credit, a private promise with a reaction
        // cost, a public report, and a stand; sent over the first rounds.
        var claims = new List<Claim>();
        for (var d = 0; d < issues - 1; d++)
        {
            claims.Add((d % 5) switch
            {
                0 => new Claim
                {
                    Id = $"threat{d}", Round = 1 + d % 3, Senders = [A(d)], To = A(d + 1), Channel = Channel.Public, Kind = ClaimKind.Threat,
                    Ask = new Bound(I(d), BoundDirection.AtMost, 50), Action = new ClaimAction { Issue = I(d + 1), To = 10 },
                },
                1 => new Claim
                {
                    Id = $"credit{d}", Round = 1 + d % 3, Senders = [A(d + 2)], To = A(d + 3), Channel = Channel.Leak, Kind = ClaimKind.Credit,
                    Issue = I(d), Action = new ClaimAction { Issue = I(d + 1), To = 90 },
                },
                2 => new Claim
                {
                    Id = $"promise{d}", Round = 1 + d % 3, Senders = [A(d + 1)], To = A(d + 2), Channel = Channel.Private, Kind = ClaimKind.Promise,
                    Ask = new Bound(I(d + 1), BoundDirection.AtLeast, 40), Action = new ClaimAction { Issue = I(d), To = 60 },
                },
                3 => new Claim
                {
                    Id = $"report{d}", Round = 1 + d % 3, Senders = [A(d + 3)], Channel = Channel.Public, Kind = ClaimKind.Report,
                    Report = new ReportContent { Subject = A(d), Dimension = TypeDimension.Resolve, Issue = I(d), Direction = BoundDirection.AtLeast, Level = 0.5 },
                },
                _ => new Claim
                {
                    Id = $"stand{d}", Round = 1 + d % 3, Senders = [A(d)], Channel = Channel.Public, Kind = ClaimKind.Stand, Issue = I(d), Level = 50,
                },
            });
        }
        var half = actors / 2;
        return scenario with
        {
            Strategic = new StrategicLayer
            {
                Signals = [.. claims],
                Issues = [new UnilateralIssue(I(issues - 1), A(0))],
                Leverage = [new Leverage { By = A(1), Over = A(0), Issue = I(issues - 1), Via = I(0), Scale = 0.5 }],
                Negotiations =
                [
                    new Negotiation
                    {
                        Id = "talks", Parties = [.. scenario.Actors.Select(a => a.Id)],
                        Sides = [new(scenario.Actors.Take(half).Select(a => a.Id)), new(scenario.Actors.Skip(half).Select(a => a.Id))],
                        Issues = [I(0), I(1)], Deadline = 10,
                    },
                ],
            },
        };
    }
}

/// <summary>What <see cref="DiplomacyBench.Measure(int, int, int, int, ulong, TimeSpan?)"/> found.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Actors">Actors.</param>
/// <param name="Issues">Issues.</param>
/// <param name="Rounds">Rounds of a run.</param>
/// <param name="Runs">Runs timed.</param>
/// <param name="MillisecondsWithLayer">A run of eum-diplomacy, ms.</param>
/// <param name="MillisecondsBaseModel">A run of the expected utility model alone on the same stances, ms.</param>
public sealed record DiplomacyBenchResult(string Scenario, int Actors, int Issues, int Rounds, int Runs, double MillisecondsWithLayer, double MillisecondsBaseModel)
{
    /// <summary>The layer's own cost per run, ms: the run less the base model's.</summary>
    public double MillisecondsLayer => Math.Max(0, MillisecondsWithLayer - MillisecondsBaseModel);
}
