using System.Text.Json;
using System.Text.Json.Serialization;

// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Reading;

/// <summary>
/// The forecast document (what <c>entente forecast --format json</c> prints and the run store keeps), read back for
/// display. The UI draws from the document, not from the engine's objects, so that a fresh run and a saved run's
/// permalink show the same thing the same way.
/// </summary>
public sealed record ForecastReading(
    string Scenario,
    string Model,
    ulong Seed,
    IReadOnlyList<IssueReading> Issues,
    IReadOnlyList<ScenarioRoundReading>? Rounds,
    DiplomacyReading? Diplomacy)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static ForecastReading Parse(string json) =>
        JsonSerializer.Deserialize<ForecastReading>(json, Json) ?? throw new JsonException("the forecast document is empty");

    /// <summary>The last round any issue reached.</summary>
    public int LastRound => Issues.Count == 0 ? 0 : Issues.Max(i => i.Rounds.Count == 0 ? 0 : i.Rounds[^1].Round);
}

public sealed record IssueReading(
    string Id,
    string Name,
    double Forecast,
    double WeightedMean,
    double WeightedMedian,
    string? StoppingReason,
    IReadOnlyList<string>? Explanation,
    IReadOnlyList<RoundReading> Rounds)
{
    /// <summary>The state after <paramref name="round"/>, or the last one when the issue stopped earlier.</summary>
    public RoundReading? At(int round) => Rounds.LastOrDefault(r => r.Round <= round);
}

public sealed record RoundReading(
    int Round,
    IReadOnlyDictionary<string, double> Positions,
    double WeightedMean,
    double WeightedMedian,
    IReadOnlyList<OfferReading>? Offers,
    IReadOnlyList<PairReading>? Dyads = null);

/// <summary>
/// One ordered pair at the start of a round (expected utility model): the actor's expected utility from challenging the
/// other, the other's from challenging the actor as the actor sees it, and what the actor expects between them.
/// </summary>
public sealed record PairReading(string Actor, string Other, double ActorUtility, double OtherUtility, string Kind);

/// <summary>An accepted offer: the receiver moved from one position to another, toward the proposer.</summary>
public sealed record OfferReading(string Receiver, string Proposer, string Kind, double From, double To);

/// <summary>A round of a model whose rounds span issues: exchanges made, bargains proposed.</summary>
public sealed record ScenarioRoundReading(int Round, IReadOnlyList<ExchangeReading>? Exchanges, IReadOnlyList<BargainReading>? Bargains);

public sealed record ExchangeReading(
    string ActorA, string IssueA, string ActorB, string IssueB, double Gain,
    double PositionA, double NewPositionA, double PositionB, double NewPositionB);

public sealed record BargainReading(string Initiator, string Receiver, double Worth, double Probability);
