namespace Entente.Domain.Diplomacy;

/// <summary>
/// A claim an actor (or several, in a joint communiqué) makes about where it stands on one issue,
/// delivered at the start of a round through a channel.
/// </summary>
public sealed record Signal
{
    /// <summary>Identifier that variants and the explanation refer to; unique among signals.</summary>
    public required string Id { get; init; }

    /// <summary>The senders: one, or several for a joint signal.</summary>
    public required ValueList<string> Senders { get; init; }

    /// <summary>The issue the claim is about.</summary>
    public required string Issue { get; init; }

    /// <summary>The claimed position y; null for a claim about salience only.</summary>
    public double? Position { get; init; }

    /// <summary>The claimed salience, on the scenario's salience scale; null when the signal claims none.</summary>
    public double? Salience { get; init; }

    /// <summary>How the signal travels.</summary>
    public Channel Channel { get; init; } = Channel.Private;

    /// <summary>The round at whose start the signal is delivered (1 or later).</summary>
    public int Round { get; init; } = 1;

    /// <summary>Who hears a private signal; must be empty for the other channels, which everyone hears.</summary>
    public ValueList<string> Recipients { get; init; } = ValueList<string>.Empty;

    /// <summary>Signal strength k, how many observations the claim is worth (default 1).</summary>
    public double Strength { get; init; } = 1;

    /// <summary>What happened, in words for the narrative ("China's envoy Dai Bingguo in Pyongyang").</summary>
    public string? Description { get; init; }
}
