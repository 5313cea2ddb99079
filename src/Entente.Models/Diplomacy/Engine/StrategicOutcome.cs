namespace Entente.Models.Diplomacy.Engine;

/// <summary>What the diplomacy layer (version 2) did in a run, round by round: written to the forecast's JSON as <c>diplomacy</c>.</summary>
public sealed record StrategicOutcome
{
    /// <summary>Rounds in which the layer read a signal, took a decision or watched a belief.</summary>
    public required IReadOnlyList<LayerRound> Rounds { get; init; }

    /// <summary>The run in words.</summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    /// <summary>Each negotiation's outcome.</summary>
    public IReadOnlyList<NegotiationOutcome> Negotiations { get; init; } = [];

    /// <summary>Each focal dyad and the first round it escalated.</summary>
    public IReadOnlyList<DyadOutcome> Dyads { get; init; } = [];

    /// <summary>The first round any focal dyad escalated; null if none did.</summary>
    public int? EscalationRound { get; init; }

    /// <summary>Load-time and run-time warnings of the layer (unsupported inputs, beliefs left unchanged).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>One round of the layer.</summary>
public sealed record LayerRound
{
    /// <summary>The round.</summary>
    public required int Round { get; init; }

    /// <summary>The signals read this round, in scenario order.</summary>
    public required IReadOnlyList<SignalReading> Signals { get; init; }

    /// <summary>The decisions taken: commitments honoured or broken, asks complied with, leaks disowned.</summary>
    public required IReadOnlyList<LayerDecision> Decisions { get; init; }

    /// <summary>The watched beliefs at the end of the round.</summary>
    public required IReadOnlyList<WatchedBelief> Beliefs { get; init; }

    /// <summary>The focal dyads that escalated at the end of the round.</summary>
    public IReadOnlyList<DyadEscalationRecord> Escalations { get; init; } = [];
}

/// <summary>How every observer read one signal.</summary>
public sealed record SignalReading
{
    /// <summary>The signal's id.</summary>
    public required string Id { get; init; }

    /// <summary>The sender (the committer of a joint claim).</summary>
    public required string Sender { get; init; }

    /// <summary>The other senders of a joint claim; null otherwise.</summary>
    public IReadOnlyList<string>? CoSenders { get; init; }

    /// <summary>The addressee (the subject of a credit, blame or report).</summary>
    public string? Addressee { get; init; }

    /// <summary>private, leak, public or joint.</summary>
    public required string Channel { get; init; }

    /// <summary>threat, promise, stand, credit, blame or report.</summary>
    public required string Kind { get; init; }

    /// <summary>Whether it was sent (a strategic signal may not be).</summary>
    public bool Sent { get; init; } = true;

    /// <summary>Each observer's reading: credibility, equilibrium kind, and its belief before and after.</summary>
    public required IReadOnlyList<ObserverReading> Observers { get; init; }
}

/// <summary>One observer's reading of a signal.</summary>
/// <param name="Observer">The observer.</param>
/// <param name="C0">c₀: the probability that a sender who stayed silent would follow through.</param>
/// <param name="Credibility">c₁: the probability, for this observer, that the sender follows through.</param>
/// <param name="Kind">babbling, pure, mixed or fallback.</param>
/// <param name="Dimension">The belief reported ("q" or "r/issue"): the sender's reciprocity or resolve, the subject's for a report.</param>
/// <param name="PriorMean">Its expectation of that dimension before the signal.</param>
/// <param name="PosteriorMean">And after.</param>
public sealed record ObserverReading(string Observer, double C0, double Credibility, string Kind, string Dimension, double PriorMean, double PosteriorMean);

/// <summary>A decision of the layer with the two sides of its rule.</summary>
public sealed record LayerDecision
{
    /// <summary>honour, renege, comply, disown.</summary>
    public required string Kind { get; init; }

    /// <summary>Who decided.</summary>
    public required string Actor { get; init; }

    /// <summary>The signal whose commitment or ask it concerns.</summary>
    public required string Signal { get; init; }

    /// <summary>The issue moved or held.</summary>
    public required string Issue { get; init; }

    /// <summary>The level the decision sets (honour, comply); null otherwise.</summary>
    public double? Level { get; init; }

    /// <summary>The rule's left side: what acting is worth (φ·V; for compliance P·Δ).</summary>
    public required double Value { get; init; }

    /// <summary>The rule's right side: what acting costs (C; for compliance L + f).</summary>
    public required double Cost { get; init; }

    /// <summary>The cost paid by the decider (an audience cost on reneging or disowning).</summary>
    public double Paid { get; init; }
}

/// <summary>An observer's expectation of one dimension of another actor's type.</summary>
/// <param name="Observer">The observer.</param>
/// <param name="About">The actor.</param>
/// <param name="Dimension">"q" or "r/issue".</param>
/// <param name="Mean">The expectation.</param>
public sealed record WatchedBelief(string Observer, string About, string Dimension, double Mean);

/// <summary>How a negotiation ended in a run.</summary>
public sealed record NegotiationOutcome
{
    /// <summary>The negotiation.</summary>
    public required string Id { get; init; }

    /// <summary>Whether it closed with a deal.</summary>
    public bool Deal { get; init; }

    /// <summary>The round it closed (deal, or the deadline without one); null while open at the end of the run.</summary>
    public int? Round { get; init; }

    /// <summary>The no-deal cost each party paid when it closed without a deal.</summary>
    public IReadOnlyDictionary<string, double>? NoDealCosts { get; init; }
}

/// <summary>A focal dyad and the first round it escalated (null: never).</summary>
/// <param name="A">One actor.</param>
/// <param name="B">The other.</param>
/// <param name="FirstRound">The first round both preferred to contest some issue.</param>
public sealed record DyadOutcome(string A, string B, int? FirstRound);

/// <summary>A dyad that escalated in a round: on which issues, with each side's gain from contesting.</summary>
/// <param name="A">One actor.</param>
/// <param name="B">The other.</param>
/// <param name="Issues">The issues on which both gain from contesting.</param>
/// <param name="GainA">A's gain on each.</param>
/// <param name="GainB">B's gain on each.</param>
public sealed record DyadEscalationRecord(string A, string B, IReadOnlyList<string> Issues, IReadOnlyList<double> GainA, IReadOnlyList<double> GainB);
