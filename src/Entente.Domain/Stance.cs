namespace Entente.Domain;

/// <summary>What one actor wants on one issue and how much it cares.</summary>
public sealed record Stance
{
    /// <summary>The actor.</summary>
    public required string ActorId { get; init; }

    /// <summary>The issue.</summary>
    public required string IssueId { get; init; }

    /// <summary>The outcome the actor advocates, on the issue's scale.</summary>
    public required double Position { get; init; }

    /// <summary>How much the issue matters to the actor, on the scenario's <see cref="SalienceScale"/>.</summary>
    public required double Salience { get; init; }

    /// <summary>Capability on this issue; overrides the actor's capability when given.</summary>
    public double? Capability { get; init; }

    /// <summary>How uncertain this stance's coding is, for Monte Carlo sweeps; null takes the sweep's noise.</summary>
    public StanceNoise? Noise { get; init; }
}
