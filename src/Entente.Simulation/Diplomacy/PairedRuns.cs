using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Diplomacy;

/// <summary>
/// Two scenarios run with the same seed and trial indices, so that each trial draws the same types in both
/// (streams are keyed by names): the basis of every paired comparison and attribution.
/// </summary>
internal sealed class PairedRuns
{
    private PairedRuns(IReadOnlyList<ForecastResult> baseline, IReadOnlyList<ForecastResult> variant)
    {
        Base = baseline;
        Variant = variant;
    }

    /// <summary>The base's trials, by index.</summary>
    public IReadOnlyList<ForecastResult> Base { get; }

    /// <summary>The variant's trials, by index.</summary>
    public IReadOnlyList<ForecastResult> Variant { get; }

    /// <summary>Runs both.</summary>
    public static PairedRuns Run(Scenario baseline, Scenario variant, string model, IReadOnlyList<ModelOption> options, ulong seed, int trials,
        int? rounds = null, int? threads = null, CancellationToken cancellation = default) => new(
        TypeMonteCarlo.Results(baseline, model, options, seed, trials, rounds, threads, cancellation),
        TypeMonteCarlo.Results(variant, model, options, seed, trials, rounds, threads, cancellation));

    /// <summary>Pairs already-run trials of the base with a variant's.</summary>
    public static PairedRuns Of(IReadOnlyList<ForecastResult> baseline, IReadOnlyList<ForecastResult> variant) => new(baseline, variant);

    /// <summary>A quantity per trial, compared.</summary>
    public PairedDifference Compare(Func<ForecastResult, double> quantity) =>
        PairedDifference.Of([.. Base.Select(quantity)], [.. Variant.Select(quantity)]);

    /// <summary>An event per trial, compared.</summary>
    public PairedEvent CompareEvent(Func<ForecastResult, bool> happened) =>
        PairedEvent.Of([.. Base.Select(happened)], [.. Variant.Select(happened)]);

    /// <summary>Any focal dyad escalated.</summary>
    public static bool Escalated(ForecastResult r) => r.Strategic?.EscalationRound is not null;

    /// <summary>The forecast of an issue.</summary>
    public static Func<ForecastResult, double> Forecast(string issue) => r => r.Issues.First(i => i.IssueId == issue).Forecast;

    /// <summary>The credibility an observer gave a signal (0 when the signal was not read by it).</summary>
    public static Func<ForecastResult, double> Credibility(string signal, string observer) => r =>
        r.Strategic?.Rounds.SelectMany(x => x.Signals).Where(s => s.Id == signal).SelectMany(s => s.Observers)
            .FirstOrDefault(o => o.Observer == observer)?.Credibility ?? 0.0;

    /// <summary>An observer's posterior mean of the signal's dimension after reading it (its prior mean when it did not).</summary>
    public static Func<ForecastResult, double> Posterior(string signal, string observer) => r =>
        r.Strategic?.Rounds.SelectMany(x => x.Signals).Where(s => s.Id == signal).SelectMany(s => s.Observers)
            .FirstOrDefault(o => o.Observer == observer)?.PosteriorMean ?? double.NaN;

    /// <summary>Whether a negotiation closed with a deal.</summary>
    public static Func<ForecastResult, bool> Deal(string negotiation) => r =>
        r.Strategic?.Negotiations.FirstOrDefault(n => n.Id == negotiation)?.Deal ?? false;
}
