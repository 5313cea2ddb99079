namespace Entente.Domain.Strategic;

/// <summary>How one observer perceives another's audience capacity ("Beijing expects no audience cost to be paid").</summary>
public sealed record PerceptionDeclaration
{
    /// <summary>The observer.</summary>
    public required string Observer { get; init; }

    /// <summary>The actor perceived.</summary>
    public required string Of { get; init; }

    /// <summary>A^h_j.</summary>
    public required double AudienceCapacity { get; init; }
}
