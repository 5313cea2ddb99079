using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entente.Domain;
using Entente.Models;
using Entente.Models.Diplomacy.Summaries;

namespace Entente.Simulation.Diplomacy;

/// <summary>
/// The diplomacy layer's Monte Carlo over types (specification §12): trials n = 0…N−1 draw every actor's true
/// type from the analyst's prior on the named streams (observers' priors are not redrawn) and run the whole
/// scenario; the nominal run is the one with nominal types. Each trial's outcome is stored at its index and
/// summed in index order, so the figures are the same on any number of threads.
/// </summary>
internal static class TypeMonteCarlo
{
    /// <summary>The default number of trials.</summary>
    public const int DefaultTrials = 2000;

    /// <summary>Runs <paramref name="trials"/> trials of <paramref name="scenario"/> under model <paramref name="model"/> and summarises them against the nominal run.</summary>
    public static DiplomacyMonteCarlo Run(Scenario scenario, string model, IReadOnlyList<ModelOption> options, ForecastResult nominal, ulong seed, int trials,
        int? rounds = null, int? threads = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        return RunWithTrials(scenario, model, options, nominal, seed, trials, rounds, threads, cancellation).Summary;
    }

    /// <summary>As <see cref="Run"/>, also returning every trial's run (by index) for paired comparisons.</summary>
    public static (DiplomacyMonteCarlo Summary, IReadOnlyList<ForecastResult> Trials) RunWithTrials(Scenario scenario, string model,
        IReadOnlyList<ModelOption> options, ForecastResult nominal, ulong seed, int trials, int? rounds = null, int? threads = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        var results = Results(scenario, model, options, seed, trials, rounds, threads, cancellation);
        return (Summarise(scenario, nominal, TrialOutcome.Of(nominal), [.. results.Select(TrialOutcome.Of)], seed), results);
    }

    /// <summary>The summary over types of trials already run (on this machine or another), against the nominal run.</summary>
    internal static DiplomacyMonteCarlo Summary(Scenario scenario, ForecastResult nominal, IReadOnlyList<ForecastResult> trials, ulong seed) =>
        Summarise(scenario, nominal, TrialOutcome.Of(nominal), [.. trials.Select(TrialOutcome.Of)], seed);

    /// <summary>Every trial's run, at its index.</summary>
    internal static ForecastResult[] Results(Scenario scenario, string model, IReadOnlyList<ModelOption> options, ulong seed, int trials, int? rounds,
        int? threads, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var results = new ForecastResult[trials];
        // Trials go through the engine's one scheduler, a range of trials (and one model instance) per piece.
        var ranges = Execution.TrialRange.Cut(trials, Execution.ExecutionSettings.DefaultRangeSize / 8);
        Execution.WorkScheduler.ForEach(ranges.Count, r =>
        {
            var instance = ModelCatalog.Create(model, options);
            for (var n = (int)ranges[r].Start; n < ranges[r].End; n++)
            {
                results[n] = Slim(instance.Run(scenario, new ModelRunContext { Seed = seed, Trial = (ulong)n, Rounds = rounds, Cancellation = cancellation }));
            }
        }, threads, cancellation);
        return results;
    }

    // A trial keeps its forecasts, its positions round by round and the layer's record, not the offers, risk
    // exponents and dyads of every round: thousands of trials are held at once for pairing.
    private static ForecastResult Slim(ForecastResult result) => result with
    {
        Issues = [.. result.Issues.Select(i => i with { Rounds = [.. i.Rounds.Select(r => r with { Dyads = null, Offers = null, Risk = null })], Explanation = [] })],
        Rounds = null,
    };

    private static DiplomacyMonteCarlo Summarise(Scenario scenario, ForecastResult nominalResult, TrialOutcome nominal, TrialOutcome[] trials, ulong seed)
    {
        var n = trials.Length;
        var layer = nominalResult.Strategic!;
        ProbabilityEstimate Probability(bool nominalHit, Func<TrialOutcome, bool> hit)
        {
            var hits = trials.Count(hit);
            var (low, high) = WilsonInterval.Of(hits, n);
            return new ProbabilityEstimate(nominalHit ? 1 : 0, hits / (double)n, low, high);
        }
        var escalation = Probability(nominal.EscalationRound is not null, t => t.EscalationRound is not null);
        var dyads = layer.Dyads.Select((d, k) => new DyadEstimate(d.A, d.B, Probability(nominal.DyadEscalated[k], t => t.DyadEscalated[k]))).ToArray();
        var negotiations = layer.Negotiations.Select((g, k) => new NegotiationEstimate(g.Id, Probability(nominal.Deals[k], t => t.Deals[k]))).ToArray();
        var issues = nominalResult.Issues.Select((issue, i) =>
        {
            var values = trials.Select(t => t.Forecasts[i]).ToArray();
            var mean = 0.0;
            foreach (var v in values)
            {
                mean += v;
            }
            return new IssueEstimate(issue.IssueId, new RangeEstimate(nominal.Forecasts[i], mean / n,
                Quantile.Type7(values, 0.05), Quantile.Type7(values, 0.5), Quantile.Type7(values, 0.95)));
        }).ToArray();
        var last = trials.Select(t => t.EscalationRound ?? 0).DefaultIfEmpty(0).Max();
        var hazard = new double[last];
        for (var r = 1; r <= last; r++)
        {
            var atRisk = trials.Count(t => t.EscalationRound is null || t.EscalationRound >= r);
            hazard[r - 1] = atRisk == 0 ? 0 : trials.Count(t => t.EscalationRound == r) / (double)atRisk;
        }
        var sent = layer.Rounds.SelectMany(r => r.Signals).Select(s => s.Id).ToList();
        var signals = trials.SelectMany(t => t.Decisions.Keys).Concat(nominal.Decisions.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(sent.IndexOf).ThenBy(id => id, StringComparer.Ordinal).ToArray();
        var decisions = signals.Select(id =>
        {
            var tested = trials.Where(t => t.Decisions.ContainsKey(id)).ToArray();
            var honoured = tested.Count(t => t.Decisions[id].Honoured > 0 && t.Decisions[id].Broken == 0);
            var (low, high) = WilsonInterval.Of(honoured, tested.Length);
            var nominalHonoured = nominal.Decisions.TryGetValue(id, out var d) && d.Honoured > 0 && d.Broken == 0;
            return new DecisionEstimate(id, tested.Length, new ProbabilityEstimate(nominalHonoured ? 1 : 0, tested.Length == 0 ? 0 : honoured / (double)tested.Length, low, high));
        }).ToArray();
        return new DiplomacyMonteCarlo
        {
            Trials = n,
            Seed = seed,
            Escalation = escalation,
            Dyads = dyads,
            Hazard = hazard,
            Negotiations = negotiations,
            Issues = issues,
            Decisions = decisions,
            Record = new ForecastRecord(Hash(scenario), seed, n, escalation, issues),
        };
    }

    private static string Hash(Scenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(scenario))));
}
