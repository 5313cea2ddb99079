namespace Entente.Domain.Strategic;

/// <summary>What one observer believes about one dimension of another's type, where it differs from the analyst's prior.</summary>
public sealed record BeliefDeclaration
{
    /// <summary>The observer.</summary>
    public required string Observer { get; init; }

    /// <summary>The actor (or <c>actor.faction</c>) believed about.</summary>
    public required string About { get; init; }

    /// <summary>Which dimension.</summary>
    public required TypeDimension Dimension { get; init; }

    /// <summary>The issue of a resolve dimension.</summary>
    public string? Issue { get; init; }

    /// <summary>The belief; on the grid of the analyst's prior unless it gives its own.</summary>
    public required TypePrior Prior { get; init; }
}
