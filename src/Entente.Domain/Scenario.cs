using Entente.Domain.Diplomacy;

namespace Entente.Domain;

/// <summary>
/// A negotiation as the user describes it: who takes part, what is at stake, and per actor and
/// issue where each stands, how much it cares and how much weight it carries.
/// </summary>
public sealed record Scenario
{
    /// <summary>Name of the case.</summary>
    public required string Name { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Where the data come from: citations, interviews, coding notes.</summary>
    public ValueList<string> Sources { get; init; } = ValueList<string>.Empty;

    /// <summary>The scale on which <see cref="Stance.Salience"/> values are written.</summary>
    public SalienceScale SalienceScale { get; init; } = SalienceScale.Unit;

    /// <summary>The actors, in input order (the order breaks ties in several models).</summary>
    public ValueList<Actor> Actors { get; init; } = ValueList<Actor>.Empty;

    /// <summary>The issues, in input order.</summary>
    public ValueList<Issue> Issues { get; init; } = ValueList<Issue>.Empty;

    /// <summary>Per actor and issue: position, salience and optional capability. Absent pairs mean the actor stays out of that issue.</summary>
    public ValueList<Stance> Stances { get; init; } = ValueList<Stance>.Empty;

    /// <summary>The model the scenario asks for, if any; the command line may override it.</summary>
    public ModelSettings? Model { get; init; }

    /// <summary>Perception gaps: what observers believe about others' stances (diplomacy layer).</summary>
    public ValueList<Perception> Perceptions { get; init; } = ValueList<Perception>.Empty;

    /// <summary>Signals: claims sent through channels at given rounds (diplomacy layer).</summary>
    public ValueList<Signal> Signals { get; init; } = ValueList<Signal>.Empty;

    /// <summary>Conditional promises and threats linking issues (diplomacy layer).</summary>
    public ValueList<Commitment> Commitments { get; init; } = ValueList<Commitment>.Empty;

    /// <summary>Coalitions of actors (diplomacy layer).</summary>
    public ValueList<Coalition> Coalitions { get; init; } = ValueList<Coalition>.Empty;

    /// <summary>Scheduled events: summits, shocks, entries, exits, deadlines (diplomacy layer).</summary>
    public ValueList<TimelineEvent> Timeline { get; init; } = ValueList<TimelineEvent>.Empty;

    /// <summary>Named counterfactuals that patch the scenario.</summary>
    public ValueList<Variant> Variants { get; init; } = ValueList<Variant>.Empty;

    /// <summary>Parameters of the diplomacy layer as the file sets them; null when it sets none (the defaults apply).</summary>
    public DiplomacySettings? Diplomacy { get; init; }

    /// <summary>The diplomacy layer, version 2 (types, beliefs, claims read through the stage game); null when the file has none.</summary>
    public Strategic.StrategicLayer? Strategic { get; init; }

    /// <summary>Whether the scenario uses any mechanism of the diplomacy layer.</summary>
    public bool HasDiplomacy =>
        Perceptions.Count > 0 || Signals.Count > 0 || Commitments.Count > 0 || Coalitions.Count > 0 || Timeline.Count > 0
        || Actors.Any(a => a.Factions.Count > 0 || a.Reputation is not null) || Diplomacy?.DefaultConfidence is not null || Strategic is not null;

    /// <summary>The largest salience the scenario's salience scale allows.</summary>
    public double SalienceCeiling => SalienceScale == SalienceScale.Percent ? 100.0 : 1.0;

    /// <summary>Finds an actor by id.</summary>
    public Actor? FindActor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        // Validation and loading look actors up once per stance: an index keeps that linear in the scenario's size.
        return _lookup.Actors(Actors).GetValueOrDefault(id);
    }

    /// <summary>Finds an issue by id.</summary>
    public Issue? FindIssue(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _lookup.Issues(Issues).GetValueOrDefault(id);
    }

    // Not part of the scenario's value: the record's equality sees every lookup as equal to every other.
    private readonly Lookup _lookup = new();

    /// <summary>
    /// The id indexes of a scenario's actors and issues, built on first use and rebuilt when the list is another (a
    /// `with` copy shares this object, and each index remembers the list it was built from). Each index is published
    /// whole by one reference write, so threads reading the same scenario never see half of one.
    /// </summary>
    private sealed class Lookup
    {
        private Index<Actor>? _actors;
        private Index<Issue>? _issues;

        public Dictionary<string, Actor> Actors(ValueList<Actor> list)
        {
            var index = Volatile.Read(ref _actors);
            if (index is null || !ReferenceEquals(index.Of, list.Identity))
            {
                index = new Index<Actor>(list.Identity, FirstById(list, a => a.Id));
                Volatile.Write(ref _actors, index);
            }
            return index.ById;
        }

        public Dictionary<string, Issue> Issues(ValueList<Issue> list)
        {
            var index = Volatile.Read(ref _issues);
            if (index is null || !ReferenceEquals(index.Of, list.Identity))
            {
                index = new Index<Issue>(list.Identity, FirstById(list, i => i.Id));
                Volatile.Write(ref _issues, index);
            }
            return index.ById;
        }

        public override bool Equals(object? obj) => obj is Lookup;

        public override int GetHashCode() => 0;
    }

    private sealed record Index<T>(object? Of, Dictionary<string, T> ById);

    // The first entry of each id, as a search from the front finds it (duplicates are the validator's to report).
    private static Dictionary<string, T> FirstById<T>(IReadOnlyList<T> items, Func<T, string?> id)
    {
        var byId = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (id(item) is { } key)
            {
                byId.TryAdd(key, item);
            }
        }
        return byId;
    }

    /// <summary>
    /// The actors taking part in <paramref name="issueId"/>, in actor input order, with saliences on 0-1
    /// and effective capabilities. Call on a validated scenario: an actor with no capability is an error.
    /// </summary>
    public IReadOnlyList<Participant> ParticipantsIn(string issueId)
    {
        var byActor = new Dictionary<string, Stance>(StringComparer.Ordinal);
        foreach (var stance in Stances)
        {
            if (stance.IssueId == issueId)
            {
                byActor.TryAdd(stance.ActorId, stance);
            }
        }

        var participants = new List<Participant>(byActor.Count);
        foreach (var actor in Actors)
        {
            if (!byActor.TryGetValue(actor.Id, out var stance))
            {
                continue;
            }
            var capability = stance.Capability ?? actor.Capability
                ?? throw new InvalidOperationException(
                    $"Actor '{actor.Id}' has no capability on issue '{issueId}'; validate the scenario first.");
            participants.Add(new Participant(actor.Id, stance.Position, stance.Salience / SalienceCeiling, capability));
        }
        return participants;
    }
}
