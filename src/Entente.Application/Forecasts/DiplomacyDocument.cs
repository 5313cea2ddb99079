using Entente.Models.Diplomacy.Engine;
using Entente.Simulation.Diplomacy;

namespace Entente.Application;

/// <summary>
/// The forecast JSON's <c>diplomacy</c> object: the nominal run round by round (signals read per observer,
/// decisions, watched beliefs, escalations), and the headlines as probabilities with their Monte Carlo
/// intervals over types. Names are fixed: later work adds fields, never renames.
/// </summary>
internal sealed record DiplomacyDocument(
    IReadOnlyList<LayerRound> Rounds,
    IReadOnlyList<string> Narrative,
    IReadOnlyList<string> Warnings,
    int Trials,
    ulong? Seed,
    ProbabilityEstimateDocument Escalation,
    int? EscalationRound,
    IReadOnlyList<DyadDocument> Dyads,
    IReadOnlyList<double>? Hazard,
    IReadOnlyList<NegotiationDocument> Negotiations,
    IReadOnlyList<IssueEstimate>? Issues,
    IReadOnlyList<DecisionEstimate>? Decisions,
    ForecastRecord? Record)
{
    public static DiplomacyDocument Of(StrategicOutcome layer, DiplomacyMonteCarlo? mc) => new(
        layer.Rounds,
        [.. layer.Narrative, .. mc?.Narrative ?? []],
        layer.Warnings,
        mc?.Trials ?? 0,
        mc?.Seed,
        Estimate(layer.EscalationRound is not null, mc?.Escalation),
        layer.EscalationRound,
        [.. layer.Dyads.Select((d, k) => new DyadDocument(d.A, d.B, d.FirstRound, Estimate(d.FirstRound is not null, mc?.Dyads[k].Escalation)))],
        mc?.Hazard,
        [.. layer.Negotiations.Select((n, k) => new NegotiationDocument(n.Id, Estimate(n.Deal, mc?.Negotiations[k].Deal), n.Round, n.NoDealCosts))],
        mc?.Issues,
        mc?.Decisions,
        mc?.Record);

    private static ProbabilityEstimateDocument Estimate(bool nominal, ProbabilityEstimate? mc) =>
        new(nominal ? 1 : 0, mc?.Mean, mc?.Low, mc?.High);
}

/// <summary>A probability: the nominal run's 0/1, and over the trials the share with its Wilson 90% interval (null without trials).</summary>
internal sealed record ProbabilityEstimateDocument(double Nominal, double? Mean, double? Low, double? High);

/// <summary>A focal dyad: the nominal run's first escalation round and the probability of escalating.</summary>
internal sealed record DyadDocument(string A, string B, int? FirstRound, ProbabilityEstimateDocument Escalation);

/// <summary>A negotiation: the probability of a deal, and the nominal run's closing round and no-deal costs.</summary>
internal sealed record NegotiationDocument(string Id, ProbabilityEstimateDocument Deal, int? Round, IReadOnlyDictionary<string, double>? NoDealCosts);
