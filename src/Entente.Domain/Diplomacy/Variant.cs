namespace Entente.Domain.Diplomacy;

/// <summary>A named counterfactual: the scenario with some patches applied.</summary>
public sealed record Variant
{
    /// <summary>The name <c>entente compare --variant</c> takes.</summary>
    public required string Name { get; init; }

    /// <summary>What the counterfactual asks.</summary>
    public string? Description { get; init; }

    /// <summary>The patches, applied in order.</summary>
    public required ValueList<VariantPatch> Patches { get; init; }
}

/// <summary>What a patch does.</summary>
public enum PatchKind
{
    /// <summary>Removes the signal <see cref="VariantPatch.Target"/>.</summary>
    DropSignal,

    /// <summary>Sends signal <see cref="VariantPatch.Target"/> through <see cref="VariantPatch.Channel"/> (and to <see cref="VariantPatch.Recipients"/> when private).</summary>
    SetChannel,

    /// <summary>Adds <see cref="VariantPatch.Signal"/>.</summary>
    AddSignal,

    /// <summary>Removes the commitment <see cref="VariantPatch.Target"/>.</summary>
    DropCommitment,

    /// <summary>Adds <see cref="VariantPatch.Commitment"/>.</summary>
    AddCommitment,

    /// <summary>Removes the timeline event <see cref="VariantPatch.Target"/>.</summary>
    DropEvent,

    /// <summary>Adds <see cref="VariantPatch.Event"/>.</summary>
    AddEvent,

    /// <summary>Brings every faction of actor <see cref="VariantPatch.Target"/> to the actor's position: unity 1.</summary>
    UnifyFactions,

    /// <summary>Removes every perception held by observer <see cref="VariantPatch.Target"/>: it sees the others as they are.</summary>
    DropPerceptions,

    /// <summary>Removes the negotiation <see cref="VariantPatch.Target"/> of a version-2 layer: no table, no deadline, no summit.</summary>
    DropNegotiation,
}

/// <summary>Names of patch kinds in files.</summary>
public static class PatchKinds
{
    /// <summary>The YAML key of each patch kind, in the order of <see cref="PatchKind"/>.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["dropSignal", "setChannel", "addSignal", "dropCommitment", "addCommitment", "dropEvent", "addEvent", "unifyFactions", "dropPerceptions", "dropNegotiation"];

    /// <summary>The file name of <paramref name="kind"/>.</summary>
    public static string NameOf(PatchKind kind) => Names[(int)kind];
}

/// <summary>One change a variant makes to its scenario; which fields apply depends on <see cref="Kind"/>.</summary>
public sealed record VariantPatch
{
    /// <summary>What the patch does.</summary>
    public required PatchKind Kind { get; init; }

    /// <summary>The id of the signal, commitment, event or negotiation, or the actor, the patch is about.</summary>
    public string? Target { get; init; }

    /// <summary>SetChannel: the new channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>SetChannel to private: the recipients.</summary>
    public ValueList<string> Recipients { get; init; } = ValueList<string>.Empty;

    /// <summary>AddSignal: the signal.</summary>
    public Signal? Signal { get; init; }

    /// <summary>AddCommitment: the commitment.</summary>
    public Commitment? Commitment { get; init; }

    /// <summary>AddEvent: the event.</summary>
    public TimelineEvent? Event { get; init; }
}
