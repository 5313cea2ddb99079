namespace Entente.Domain.Strategic;

/// <summary>
/// The diplomacy layer of a scenario (version 2): who is unsure of what about whom, what each observer
/// believes, and the claims sent through channels. Credibility is not an input: every claim is read through
/// one signalling stage game per observer, and commitments are honoured or broken by their committers.
/// </summary>
public sealed record StrategicLayer
{
    /// <summary>Whether dimensions a claim touches get a prior without being declared (<c>uncertainty: auto</c>).</summary>
    public Uncertainty Uncertainty { get; init; } = Uncertainty.Auto;

    /// <summary>The layer's parameters (section <c>defaults:</c>).</summary>
    public LayerParameters Parameters { get; init; } = new();

    /// <summary>Per-actor traits that differ from the defaults.</summary>
    public ValueList<ActorTraits> Actors { get; init; } = ValueList<ActorTraits>.Empty;

    /// <summary>The analyst's priors over actors' types, and their true types.</summary>
    public ValueList<TypeDeclaration> Types { get; init; } = ValueList<TypeDeclaration>.Empty;

    /// <summary>Observers' beliefs that differ from the analyst's prior.</summary>
    public ValueList<BeliefDeclaration> Beliefs { get; init; } = ValueList<BeliefDeclaration>.Empty;

    /// <summary>Observers' perceptions of others' audience capacities.</summary>
    public ValueList<PerceptionDeclaration> Perceptions { get; init; } = ValueList<PerceptionDeclaration>.Empty;

    /// <summary>The claims, in the order they are read within a round.</summary>
    public ValueList<Claim> Signals { get; init; } = ValueList<Claim>.Empty;

    /// <summary>Scheduled events of the layer (disowning a leak).</summary>
    public ValueList<LayerEvent> Events { get; init; } = ValueList<LayerEvent>.Empty;

    /// <summary>The beliefs to report round by round.</summary>
    public ValueList<WatchEntry> Watch { get; init; } = ValueList<WatchEntry>.Empty;

    /// <summary>Ideals that differ from the actors' initial positions (an actor pressed to a position it dislikes).</summary>
    public ValueList<IdealPoint> Ideals { get; init; } = ValueList<IdealPoint>.Empty;

    /// <summary>Issues one actor decides alone.</summary>
    public ValueList<UnilateralIssue> Issues { get; init; } = ValueList<UnilateralIssue>.Empty;

    /// <summary>Who pulls whose unilateral choices.</summary>
    public ValueList<Leverage> Leverage { get; init; } = ValueList<Leverage>.Empty;

    /// <summary>Delay costs and benefits in negotiations.</summary>
    public ValueList<DelayTerms> Delay { get; init; } = ValueList<DelayTerms>.Empty;

    /// <summary>Negotiations, with sides, deadlines and summits.</summary>
    public ValueList<Negotiation> Negotiations { get; init; } = ValueList<Negotiation>.Empty;

    /// <summary>The dyads escalation watches; null for all pairs at their conflict costs.</summary>
    public ConflictSettings? Conflict { get; init; }

    /// <summary>
    /// Whether the layer was mapped from a version-1 file (§16): a variant that patches the version-1 sections then
    /// drops it, so that the model maps the patched sections again.
    /// </summary>
    public bool FromVersion1 { get; init; }

    /// <summary>Monte Carlo settings over types; null for the defaults.</summary>
    public MonteCarloSettings? MonteCarlo { get; init; }
}

/// <summary>Whether undeclared type dimensions that matter get a prior.</summary>
public enum Uncertainty
{
    /// <summary>Dimensions a claim or negotiation rule touches get the default prior; the rest are known.</summary>
    Auto,

    /// <summary>Every undeclared dimension is known: complete information.</summary>
    None,
}

/// <summary>Monte Carlo over types: how many trials and the seed of the named streams.</summary>
/// <param name="Trials">N (default 2,000).</param>
/// <param name="Seed">The seed (default 1).</param>
public sealed record MonteCarloSettings(int Trials = 2000, ulong Seed = 1);
