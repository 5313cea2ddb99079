// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>The forecast document's <c>diplomacy</c> object: the nominal run round by round and the headline probabilities.</summary>
public sealed record DiplomacyReading(
    IReadOnlyList<LayerRoundReading> Rounds,
    IReadOnlyList<string> Narrative,
    IReadOnlyList<string>? Warnings,
    int Trials,
    ProbabilityReading Escalation,
    int? EscalationRound,
    IReadOnlyList<DyadReading> Dyads,
    IReadOnlyList<NegotiationReading> Negotiations,
    IReadOnlyList<IssueEstimateReading>? Issues);

public sealed record LayerRoundReading(
    int Round,
    IReadOnlyList<SignalReading> Signals,
    IReadOnlyList<BeliefReading> Beliefs);

public sealed record SignalReading(string Id, string Sender, string Addressee, string Channel, string Kind, bool Sent, IReadOnlyList<ObserverReading> Observers);

public sealed record ObserverReading(string Observer, double Credibility, string Kind, string Dimension, double PriorMean, double PosteriorMean);

public sealed record BeliefReading(string Observer, string About, string Dimension, double Mean);

/// <summary>A probability: the nominal run's 0 or 1 and, with trials, the share and its 90% interval.</summary>
public sealed record ProbabilityReading(double Nominal, double? Mean, double? Low, double? High);

public sealed record DyadReading(string A, string B, int? FirstRound, ProbabilityReading Escalation);

public sealed record NegotiationReading(string Id, ProbabilityReading Deal, int? Round);

public sealed record IssueEstimateReading(string Id, QuantileReading Forecast);

public sealed record QuantileReading(double Nominal, double Mean, double P5, double P50, double P95);
