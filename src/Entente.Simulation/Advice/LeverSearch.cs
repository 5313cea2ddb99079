using System.Globalization;
using Entente.Domain;
using Entente.Domain.Validation;
using Entente.Models;
using Entente.Models.Diplomacy;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Advice;

/// <summary>
/// Searches one actor's levers (issue #20): generates candidates from the scenario, evaluates each against the base by
/// paired Monte Carlo over the diplomacy layer's types (the same seed and trial indices, so each trial draws the same
/// types in both), and ranks them by the mean change in the objective. The halving search screens candidates on a
/// prefix of the trials and carries the better half on; the grid runs every candidate on every trial.
/// </summary>
public static class LeverSearch
{
    // Trials in one piece of work: small enough that a few candidates keep every core busy.
    private const int PieceSize = 32;

    // The first screening rung's trials. Paired draws (the same types as the base, trial by trial) make a small rung
    // enough to drop the clearly worse half; each later rung doubles it, and the budget's survivors run the full trials.
    internal const int FirstRung = 16;

    /// <summary>What is wrong with <paramref name="settings"/> for <paramref name="scenario"/>, as (field, message) pairs.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(Scenario scenario, AdviceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<(string, string)>();
        if (scenario.FindActor(settings.Actor) is null)
        {
            problems.Add(("actor", $"no actor '{settings.Actor}' in the scenario (actors: {string.Join(", ", scenario.Actors.Select(a => a.Id))})"));
            return problems;
        }
        foreach (var issue in settings.Issues)
        {
            if (scenario.FindIssue(issue) is null)
            {
                problems.Add(("issue", $"no issue '{issue}' in the scenario"));
            }
            else if (!scenario.Stances.Any(s => s.ActorId == settings.Actor && s.IssueId == issue))
            {
                problems.Add(("issue", $"'{settings.Actor}' takes no stance on '{issue}', so it has no ideal there"));
            }
        }
        if (settings.Issues.Count == 0 && !scenario.Stances.Any(s => s.ActorId == settings.Actor))
        {
            problems.Add(("actor", $"'{settings.Actor}' takes no stance on any issue"));
        }
        if (settings.Objective != AdviceObjective.Outcome && scenario.Strategic is null)
        {
            problems.Add(("objective", $"'{AdviceObjectives.NameOf(settings.Objective)}' needs the diplomacy layer (version 2), which the scenario does not declare"));
        }
        if (settings.Objective == AdviceObjective.Deal && scenario.Strategic is { Negotiations.Count: 0 })
        {
            problems.Add(("objective", "'deal' needs a negotiation, and the scenario declares none"));
        }
        return problems;
    }

    /// <summary>Runs the search. <paramref name="progress"/> hears the model runs done and the runs planned so far.</summary>
    public static AdviceResult Run(ForecastRequest request, AdviceSettings settings, IProgress<(long Done, long Planned)>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        if (Problems(request.Scenario, settings) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")), nameof(settings));
        }
        // The scenario's own counterfactual variants are not levers, and patch signals a lever may drop.
        var scenario = request.Scenario with { Variants = [] };
        var model = ForecastRunner.ResolveModel(request);
        var options = ForecastRunner.ResolveOptions(request, model);
        var nominal = ModelCatalog.Create(model, options).Run(scenario, new ModelRunContext { Seed = settings.Seed, Rounds = request.Rounds, Cancellation = cancellation });
        var overTypes = nominal.Strategic is not null;
        var noisy = settings.Noise != NoiseSettings.None;
        // Trials draw the types (the diplomacy layer) and the input noise (when asked for); with neither, one run is all.
        var drawn = overTypes || noisy;
        var trials = drawn ? settings.Trials : 1;

        var issues = settings.Issues.Count > 0
            ? settings.Issues.Distinct(StringComparer.Ordinal).ToArray()
            : scenario.Issues.Where(i => scenario.Stances.Any(s => s.ActorId == settings.Actor && s.IssueId == i.Id)).Select(i => i.Id).ToArray();
        var ideals = issues.Select(i => Ideal(scenario, settings.Actor, i)).ToArray();
        var forecasts = nominal.Issues.ToDictionary(i => i.IssueId, i => i.Forecast, StringComparer.Ordinal);
        var generated = new LeverGenerator(scenario, settings.Actor, issues, ideals, forecasts, Rounds(scenario, options, request.Rounds))
            .Generate(settings.Families.ToHashSet());
        var warnings = new List<string>();
        var levers = new List<Lever>();
        foreach (var lever in generated)
        {
            if (ScenarioValidator.Validate(lever.Variant).FirstOrDefault(p => p.Severity == Severity.Error) is { } error)
            {
                warnings.Add($"left out '{lever.Description}': {error}");
            }
            else
            {
                levers.Add(lever);
            }
        }

        var measure = new ObjectiveMeasure(scenario, settings.Objective, settings.Actor, issues, ideals);
        var runner = new Runner(model, options, settings.Seed, request.Rounds, drawn, settings.Noise, measure, settings.Threads, progress, cancellation);
        // Trials that draw the same types share a run (exact: a run is a function of its draw) unless told otherwise.
        // (Not with input noise: every trial's inputs differ.)
        TrialTypeDraws? Draws(Scenario s) => overTypes && !noisy && settings.ShareDraws && model == DiplomacyOptions.ModelName ? TrialTypeDraws.Of(s) : null;
        var baseline = new TrialScores(trials, issues.Length, Draws(scenario));
        var scores = levers.Select(l => new TrialScores(trials, issues.Length, Draws(l.Variant))).ToArray();
        runner.Plan(trials);
        runner.Fill([(scenario, baseline)], trials);
        Search(settings, levers, scores, baseline, trials, runner);

        var ranked = Rank(settings, levers, scores, baseline, trials, issues, drawn);
        var pairs = Pairs(settings, levers, scores, baseline, trials, issues, drawn, runner, Draws, warnings);
        var combined = settings.Search is AdviceSearch.Coordinate or AdviceSearch.Combinations
            ? new CombinationSearch(settings, scenario, levers, scores, baseline, trials, runner, Draws, warnings).Run()
            : null;
        var combinations = combined is null ? []
            : Rank(settings, combined.Levers, combined.Scores, baseline, trials, issues, drawn, combined.Interaction, combined.First);
        return new AdviceResult
        {
            Settings = settings with { Trials = trials },
            Model = model,
            Issues = issues,
            Ideals = ideals,
            OverTypes = overTypes,
            Noise = settings.Noise,
            BaseObjective = baseline.Values.Average(),
            Candidates = levers.Count,
            Runs = runner.Runs,
            Levers = ranked,
            Pairs = pairs,
            Combinations = combinations,
            Coordinates = combined?.Coordinates ?? [],
            CombinationsEvaluated = combined?.Evaluated ?? 0,
            Exact = ExactLevers.Apply(model) ? ExactLevers.Of(scenario, issues) : [],
            Warnings = warnings,
        };
    }

    private static void Search(AdviceSettings settings, List<Lever> levers, TrialScores[] scores, TrialScores baseline, int trials, Runner runner)
    {
        var alive = Enumerable.Range(0, levers.Count).ToList();
        if (settings.Search == AdviceSearch.Grid || alive.Count <= settings.Budget || trials <= FirstRung)
        {
            runner.Plan((long)alive.Count * trials);
            runner.Fill([.. alive.Select(c => (levers[c].Variant, scores[c]))], trials);
            return;
        }
        var n = FirstRung;
        runner.Plan((long)alive.Count * n);
        while (true)
        {
            runner.Fill([.. alive.Select(c => (levers[c].Variant, scores[c]))], n);
            if (n >= trials)
            {
                return;
            }
            // Keep the better half (never fewer than the budget); ties go to the candidate generated first.
            var keep = Math.Max(settings.Budget, (alive.Count + 1) / 2);
            alive = [.. alive.OrderByDescending(c => Mean(scores[c], baseline, n)).ThenBy(c => c).Take(keep).Order()];
            var next = alive.Count <= settings.Budget ? trials : Math.Min(trials, n * 2);
            runner.Plan((long)alive.Count * (next - n));
            n = next;
        }
    }

    // The best fully evaluated single levers that help, combined two by two (not two on the same target), each pair run
    // on the full trials against the same base draws; ranked by mean effect, with the interaction over the singles.
    private static RankedLever[] Pairs(AdviceSettings settings, List<Lever> levers, TrialScores[] scores, TrialScores baseline, int trials,
        string[] issues, bool drawn, Runner runner, Func<Scenario, TrialTypeDraws?> draws, List<string> warnings)
    {
        if (settings.Pairs < 2)
        {
            return [];
        }
        var best = Order(levers, scores, baseline)
            .Where(c => scores[c].Done >= trials && Mean(scores[c], baseline, trials) > 0)
            .Take(settings.Pairs).ToArray();
        var pairs = new List<Lever>();
        var parts = new List<(int A, int B)>();
        for (var i = 0; i < best.Length; i++)
        {
            for (var j = i + 1; j < best.Length; j++)
            {
                var (a, b) = (levers[best[i]], levers[best[j]]);
                if (a.Target == b.Target)
                {
                    continue;
                }
                var pair = new Lever
                {
                    Kind = LeverFamily.Pair,
                    Description = $"{a.Description} + {b.Description}",
                    Edit = s => b.Edit(a.Edit(s)),
                    Target = $"{a.Target} + {b.Target}",
                    Variant = b.Edit(a.Variant),
                    Audience = a.Audience + b.Audience,
                    Conceded = a.Conceded + b.Conceded,
                };
                if (ScenarioValidator.Validate(pair.Variant).FirstOrDefault(p => p.Severity == Severity.Error) is { } error)
                {
                    warnings.Add($"left out '{pair.Description}': {error}");
                    continue;
                }
                pairs.Add(pair);
                parts.Add((best[i], best[j]));
            }
        }
        var pairScores = pairs.Select(p => new TrialScores(trials, issues.Length, draws(p.Variant))).ToArray();
        runner.Plan((long)pairs.Count * trials);
        runner.Fill([.. pairs.Select((p, k) => (p.Variant, pairScores[k]))], trials);
        return Rank(settings, pairs, pairScores, baseline, trials, issues, drawn,
            k => Mean(pairScores[k], baseline, trials) - Mean(scores[parts[k].A], baseline, trials) - Mean(scores[parts[k].B], baseline, trials));
    }

    // Fully evaluated levers first, then by mean effect over the draws each ran; ties to the lever generated first.
    // (With first: that lever leads whatever its mean; the coordinate search's answer.)
    internal static int[] Order(List<Lever> levers, TrialScores[] scores, TrialScores baseline, int? first = null) =>
        [.. Enumerable.Range(0, levers.Count)
            .OrderByDescending(c => c == first)
            .ThenByDescending(c => scores[c].Done)
            .ThenByDescending(c => Mean(scores[c], baseline, scores[c].Done))
            .ThenBy(c => c)];

    internal static double Mean(TrialScores variant, TrialScores baseline, int n)
    {
        var sum = 0.0;
        for (var t = 0; t < n; t++)
        {
            sum += variant.Values[t] - baseline.Values[t];
        }
        return sum / n;
    }

    private static RankedLever[] Rank(AdviceSettings settings, List<Lever> levers, TrialScores[] scores, TrialScores baseline, int trials,
        string[] issues, bool overTypes, Func<int, double?>? interaction = null, int? first = null)
    {
        var order = Order(levers, scores, baseline, first);
        return [.. order.Select((c, rank) =>
        {
            var lever = levers[c];
            var n = scores[c].Done;
            var paired = PairedDifference.Of(new ArraySegment<double>(baseline.Values, 0, n), new ArraySegment<double>(scores[c].Values, 0, n));
            var effect = new LeverEffect(paired.Mean, paired.Low, paired.High);
            var cost = new LeverCost(lever.Audience, lever.Conceded, scores[c].RenegeShare(n) - baseline.RenegeShare(n), scores[c].ConflictShift(baseline, n));
            return new RankedLever
            {
                Rank = rank + 1,
                Kind = lever.Kind,
                Description = lever.Description,
                Effect = effect,
                HelpsShare = paired.Higher,
                HurtsShare = paired.Lower,
                Trials = n,
                Cost = cost,
                Shifts = [.. issues.Select((issue, k) => new ForecastShift(issue, scores[c].Shift(baseline, k, n)))],
                Step = lever.Step,
                Unit = lever.Unit,
                PerUnit = lever.Kind == LeverFamily.Persuasion && lever.Step is { } step ? paired.Mean / Math.Abs(step) : null,
                Narrative = LeverNarrative.Of(settings.Actor, settings.Objective, lever.Description, effect, paired.Higher, cost, overTypes),
                Interaction = interaction?.Invoke(c),
            };
        })];
    }

    /// <summary>The actor's ideal: the diplomacy layer's, where declared, else its stated position.</summary>
    internal static double Ideal(Scenario scenario, string actor, string issue) =>
        scenario.Strategic?.Ideals.FirstOrDefault(i => i.Actor == actor && i.Issue == issue)?.Ideal
        ?? scenario.Stances.First(s => s.ActorId == actor && s.IssueId == issue).Position;

    // The rounds a signal may move to: the run's limit when known, else a round past the last scheduled event.
    private static int Rounds(Scenario scenario, IReadOnlyList<ModelOption> options, int? rounds)
    {
        if (rounds is { } r)
        {
            return r;
        }
        var limit = options.FirstOrDefault(o => o.Name.Equals("maxRounds", StringComparison.OrdinalIgnoreCase) || o.Name.Equals("max-rounds", StringComparison.OrdinalIgnoreCase));
        if (limit is not null && int.TryParse(limit.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0)
        {
            return Math.Min(max, 12);
        }
        var layer = scenario.Strategic;
        var last = layer is null ? 1 : layer.Signals.Select(s => s.Round).Concat(layer.Negotiations.Select(n => n.Deadline ?? 1)).DefaultIfEmpty(1).Max();
        return Math.Min(last + 1, 12);
    }

    /// <summary>Runs scenarios' trials in pieces through the engine's scheduler, each piece writing only its own slots.</summary>
    internal sealed class Runner(string model, IReadOnlyList<ModelOption> options, ulong seed, int? rounds, bool overTypes, NoiseSettings noise, ObjectiveMeasure measure,
        int? threads, IProgress<(long Done, long Planned)>? progress, CancellationToken cancellation)
    {
        private long _done;
        private long _planned;

        public long Runs => _done;

        public void Plan(long runs) => _planned += runs;

        public void Fill(IReadOnlyList<(Scenario Scenario, TrialScores Scores)> work, int upTo)
        {
            // Trials that draw the same types as an earlier one of the same scenario take its run (exactly what running
            // them would give); the rest are run, in pieces, each piece writing only its own slots.
            var pieces = new List<(int Item, int[] Trials)>();
            var copies = new List<(int Item, int From, int To)>();
            for (var w = 0; w < work.Count; w++)
            {
                var run = new List<int>();
                for (var t = work[w].Scores.Done; t < upTo; t++)
                {
                    if (overTypes && work[w].Scores.SameDrawAs(seed, t) is { } first)
                    {
                        copies.Add((w, first, t));
                    }
                    else
                    {
                        run.Add(t);
                    }
                }
                for (var from = 0; from < run.Count; from += PieceSize)
                {
                    pieces.Add((w, run.GetRange(from, Math.Min(PieceSize, run.Count - from)).ToArray()));
                }
            }
            Interlocked.Add(ref _planned, -copies.Count);
            Execution.WorkScheduler.ForEach(pieces.Count, p =>
            {
                var (item, trials) = pieces[p];
                var (scenario, scores) = work[item];
                var instance = ModelCatalog.Create(model, options);
                // The sweep's perturbation, keyed by (seed, trial, input): the base and every lever draw alike.
                var perturber = noise == NoiseSettings.None ? null : new ScenarioPerturber(scenario, noise, seed);
                var forecasts = new double[measure.IssueCount];
                foreach (var t in trials)
                {
                    var context = new ModelRunContext { Seed = seed, Trial = overTypes ? (ulong)t : null, Rounds = rounds, Cancellation = cancellation };
                    var result = instance.Run(perturber?.Trial((ulong)t) ?? scenario, context);
                    scores.Values[t] = measure.Read(result, forecasts, out var reneged, out var conflict);
                    scores.Reneged[t] = reneged;
                    scores.Conflict[t] = conflict;
                    forecasts.CopyTo(scores.Forecasts, t * measure.IssueCount);
                }
                var done = Interlocked.Add(ref _done, trials.Length);
                progress?.Report((done, Volatile.Read(ref _planned)));
            }, threads, cancellation);
            foreach (var (item, from, to) in copies)
            {
                work[item].Scores.Copy(from, to);
            }
            foreach (var (_, scores) in work)
            {
                scores.Done = Math.Max(scores.Done, upTo);
            }
        }
    }
}
